package com.firstline.lti.devplatform;

import com.firstline.platform.errors.DatabaseBackedServlet;
import com.firstline.platform.errors.ProblemException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code GET /dev-platform/status}: {@code {"enabled": true}}, or a 404 while off. The landing page
 * asks it whether to show "Try it without an LMS".
 */
@WebServlet("/dev-platform/status")
public class StatusServlet extends DatabaseBackedServlet {
  private static final long serialVersionUID = 1L;

  @Inject transient DevPlatform platform;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    try {
      platform.requireEnabled();
      response.setContentType("application/json");
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response.setHeader("Cache-Control", "no-store");
      response.getWriter().write("{\"enabled\":true}");
    } catch (ProblemException off) {
      TryItPages.refuse(request, response, off);
    }
  }
}
