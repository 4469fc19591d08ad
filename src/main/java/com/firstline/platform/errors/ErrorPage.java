package com.firstline.platform.errors;

import java.util.Locale;

/**
 * The HTML page a browser gets when the web container itself answers with an error, such as a
 * mistyped address: in the product's style, with a way back. API calls keep their problem
 * documents. The page names no request detail, so it needs no escaping. Pure logic.
 */
final class ErrorPage {
  private ErrorPage() {}

  /** Whether the caller wants a page: not an API path, and HTML accepted (as browsers send). */
  static boolean wantsPage(String path, String accept) {
    if (path != null && (path.startsWith("/api/") || path.equals("/api"))) {
      return false;
    }
    String accepted = accept == null ? "" : accept.toLowerCase(Locale.ROOT);
    return accepted.contains("text/html");
  }

  static String html(int status) {
    boolean notFound = status == 404;
    String heading = notFound ? "There is no page at this address" : Problem.titleFor(status);
    String advice =
        notFound
            ? "The address may be mistyped, or the page has moved. If you came from your learning"
                + " platform, go back there and open the lesson again."
            : Problem.genericDetailFor(status);
    return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<title>"
        + heading
        + " — Firstline</title>"
        + "<link rel=\"icon\" href=\"/img/favicon.svg\" type=\"image/svg+xml\">"
        + "<link rel=\"stylesheet\" href=\"/css/firstline.css\"></head>"
        + "<body class=\"not-found\"><a class=\"skip-link\" href=\"#main\">Skip to content</a>"
        + "<header class=\"site-header\"><a class=\"brand\" href=\"/\">"
        + "<img src=\"/img/logo.svg\" alt=\"Firstline\" class=\"logo\" width=\"148\" height=\"32\"></a>"
        + "</header><main id=\"main\" tabindex=\"-1\">"
        + "<p class=\"big\" aria-hidden=\"true\">"
        + status
        + "</p><h1>"
        + heading
        + "</h1><p>"
        + advice
        + "</p><p><a class=\"button\" href=\"/\">Go to Firstline's start page</a></p>"
        + "</main></body></html>";
  }
}
