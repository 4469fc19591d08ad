package com.firstline.lti.devplatform;

import com.firstline.platform.errors.ProblemException;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The development LMS's course page ({@code /lms/}) exists only while the development platform is
 * on: on other servers it is a 404, like every other endpoint of the platform.
 */
@WebFilter(urlPatterns = "/lms/*", asyncSupported = true)
public class CoursePageFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;

  @Inject transient DevPlatform platform;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    try {
      platform.requireEnabled();
    } catch (ProblemException off) {
      TryItPages.refuse(request, response, off);
      return;
    }
    chain.doFilter(request, response);
  }
}
