package com.firstline.lti;

import com.firstline.platform.errors.DatabaseUnavailable;
import com.firstline.platform.errors.Problem;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * How the LTI endpoints answer a refused login or launch: a small HTML page for a person in a
 * browser (inside the LMS frame), a problem document for anything else (platforms, tests, tools).
 */
public final class LtiErrorPage {
  private static final Jsonb JSON = JsonbBuilder.create();
  private static final String OPEN_HEADING = "Firstline could not open this link";
  private static final String OPEN_ADVICE =
      "Try the link again from your course. If it keeps failing, send this message to your LMS"
          + " administrator.";

  private LtiErrorPage() {}

  public static void send(HttpServletRequest request, HttpServletResponse response, Problem problem)
      throws IOException {
    send(request, response, problem, OPEN_HEADING, OPEN_ADVICE);
  }

  /**
   * The 503 for a login or launch that failed because the database cannot be reached (see {@link
   * DatabaseUnavailable}). The servlet answers it itself instead of throwing: the web container
   * would log each thrown one with its stack trace, many a second during an outage.
   */
  public static void sendDatabaseUnavailable(
      HttpServletRequest request, HttpServletResponse response) throws IOException {
    response.setHeader("Retry-After", String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
    send(request, response, DatabaseUnavailable.problem());
  }

  /** The same, with the heading and advice of another LTI page (deep linking, registration). */
  public static void send(
      HttpServletRequest request,
      HttpServletResponse response,
      Problem problem,
      String heading,
      String advice)
      throws IOException {
    send(request, response, problem, heading, advice, "");
  }

  /** The same, with a way out after the advice: {@code action} is HTML the caller has escaped. */
  public static void send(
      HttpServletRequest request,
      HttpServletResponse response,
      Problem problem,
      String heading,
      String advice,
      String action)
      throws IOException {
    Problem located = problem.at(request.getRequestURI());
    response.setStatus(problem.status());
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader("Cache-Control", "no-store");
    String accept = request.getHeader("Accept");
    if (accept != null && accept.contains("text/html")) {
      response.setContentType("text/html");
      response.getWriter().write(html(located, heading, advice, action));
    } else {
      response.setContentType(Problem.MEDIA_TYPE);
      response.getWriter().write(JSON.toJson(located));
    }
  }

  static String html(Problem problem, String heading, String advice, String action) {
    return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<title>"
        + Html.escape(heading)
        + "</title>"
        + "<link rel=\"stylesheet\" href=\"/css/firstline.css\"></head>"
        + "<body><main><h1>"
        + Html.escape(heading)
        + "</h1>"
        + "<p>"
        + Html.escape(problem.detail())
        + "</p><p>"
        + Html.escape(advice)
        + "</p>"
        + action
        + "<p><small>"
        + Html.escape(problem.type())
        + "</small></p></main></body></html>\n";
  }
}
