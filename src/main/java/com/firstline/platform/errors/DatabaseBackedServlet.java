package com.firstline.platform.errors;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A servlet that reads or writes the database. When it fails because the database cannot be
 * reached, it answers the same 503 the API gives, inside the servlet: once the failure leaves the
 * servlet, the web container logs it with its stack trace (SRVE0777E) even when a filter or the
 * error page answers it, many lines a second during an outage that {@link DatabaseOutage} already
 * reports once. Any other failure goes on to the container's error page as before.
 */
public abstract class DatabaseBackedServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject transient DatabaseOutage outage;

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    try {
      super.service(request, response);
    } catch (RuntimeException failure) {
      if (response.isCommitted() || !DatabaseUnavailable.isCauseOf(failure)) {
        throw failure;
      }
      outage.met(failure);
      // The buffer only: the headers the filters set (security, caching) stay.
      response.resetBuffer();
      ErrorPageServlet.answer(request, response, request.getRequestURI(), 503, true);
    }
  }
}
