package com.firstline.platform.errors;

import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The error page of the web container (see web.xml): a request that never reached JAX-RS, such as a
 * missing static file, gets a problem document instead of the server's own page, or, when a browser
 * asks for a page outside {@code /api/}, Firstline's {@link ErrorPage}. A servlet that failed
 * because the database is unreachable answers 503 (see {@link DatabaseUnavailable}), not 500.
 */
@WebServlet("/error")
public class ErrorPageServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final Jsonb JSON = JsonbBuilder.create();

  @Inject transient DatabaseOutage outage;

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer i ? i : 500;
    Throwable failure =
        request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable t ? t : null;
    boolean databaseDown = failure != null && DatabaseUnavailable.isCauseOf(failure);
    if (databaseDown) {
      outage.met(failure);
    }
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    answer(request, response, uri == null ? null : uri.toString(), status, databaseDown);
  }

  /**
   * Writes the answer for a failed request to {@code uri}: a page for a browser outside the API, a
   * problem document otherwise; a 503 with Retry-After when the database could not be reached.
   */
  static void answer(
      HttpServletRequest request,
      HttpServletResponse response,
      String uri,
      int status,
      boolean databaseDown)
      throws IOException {
    if (databaseDown) {
      status = 503;
      response.setHeader("Retry-After", String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
    }
    if (ErrorPage.wantsPage(uri, request.getHeader("Accept"))) {
      response.setStatus(status);
      response.setContentType("text/html");
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response.getWriter().write(ErrorPage.html(status));
      return;
    }
    Problem problem =
        databaseDown
            ? DatabaseUnavailable.problem()
            : Problem.of(status, Problem.titleFor(status), Problem.genericDetailFor(status));
    if (uri != null) {
      problem = problem.at(uri);
    }
    response.setStatus(status);
    response.setContentType(Problem.MEDIA_TYPE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(JSON.toJson(problem));
  }
}
