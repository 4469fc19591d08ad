package com.firstline.lti;

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

  private LtiErrorPage() {}

  public static void send(HttpServletRequest request, HttpServletResponse response, Problem problem)
      throws IOException {
    Problem located = problem.at(request.getRequestURI());
    response.setStatus(problem.status());
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader("Cache-Control", "no-store");
    String accept = request.getHeader("Accept");
    if (accept != null && accept.contains("text/html")) {
      response.setContentType("text/html");
      response.getWriter().write(html(located));
    } else {
      response.setContentType(Problem.MEDIA_TYPE);
      response.getWriter().write(JSON.toJson(located));
    }
  }

  static String html(Problem problem) {
    return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<title>Firstline could not open this link</title>"
        + "<link rel=\"stylesheet\" href=\"/css/firstline.css\"></head>"
        + "<body><main><h1>Firstline could not open this link</h1>"
        + "<p>"
        + escape(problem.detail())
        + "</p><p>Try the link again from your course. If it keeps failing, send this message to"
        + " your LMS administrator.</p><p><small>"
        + escape(problem.type())
        + "</small></p></main></body></html>\n";
  }

  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
