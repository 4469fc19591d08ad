package com.firstline.platform.identity;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The development sign-in page ({@code /dev/}) exists only where development sign-in is on: on
 * other servers it is a 404, like its API ({@link DevSignInResource}), rather than a form that
 * cannot work.
 */
@WebFilter(urlPatterns = "/dev/*", asyncSupported = true)
public class DevSignInPageFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;

  @Inject
  @ConfigProperty(name = "dev.signin.enabled", defaultValue = "false")
  transient boolean enabled;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!enabled) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    chain.doFilter(request, response);
  }
}
