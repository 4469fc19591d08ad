package com.firstline.lti;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A page that carries an LTI message on to another site as a form post, the way LTI messages
 * travel: a deep-linking response to the platform, an id_token to our launch URL. A small external
 * script ({@code /js/lti/auto-post.js}, no inline code under our CSP) submits it on load; the
 * visible button does the same without script.
 */
public final class FormPostPage {
  private FormPostPage() {}

  /** What the page says while it posts: its title, one sentence, and the button's label. */
  public record Texts(String lang, String title, String text, String button) {}

  public static void send(
      HttpServletResponse response, Texts texts, String action, Map<String, String> fields)
      throws IOException {
    response.setStatus(HttpServletResponse.SC_OK);
    response.setContentType("text/html");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    // The fields are credentials: never cached, and the target site learns nothing of this page.
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.getWriter().write(html(texts, action, fields));
  }

  static String html(Texts texts, String action, Map<String, String> fields) {
    StringBuilder hidden = new StringBuilder();
    fields.forEach(
        (name, value) ->
            hidden
                .append("<input type=\"hidden\" name=\"")
                .append(Html.escape(name))
                .append("\" value=\"")
                .append(Html.escape(value))
                .append("\">"));
    return "<!DOCTYPE html>\n<html lang=\""
        + Html.escape(texts.lang())
        + "\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<title>"
        + Html.escape(texts.title())
        + "</title><link rel=\"stylesheet\" href=\"/css/firstline.css\">"
        + "<script type=\"module\" src=\"/js/lti/auto-post.js\"></script></head>"
        + "<body><main id=\"main\"><h1>"
        + Html.escape(texts.title())
        + "</h1><p role=\"status\">"
        + Html.escape(texts.text())
        + "</p><form method=\"post\" action=\""
        + Html.escape(action)
        + "\" data-auto-post>"
        + hidden
        + "<button type=\"submit\">"
        + Html.escape(texts.button())
        + "</button></form></main></body></html>\n";
  }
}
