package com.firstline.lti.oidc;

import static com.firstline.lti.Html.escape;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The login's answer when the platform offers platform storage ({@code lti_storage_target}, 1EdTech
 * client-side postMessages): instead of redirecting at once, a page whose script ({@code
 * /js/lti/store-state.js}) asks the platform to keep the state ({@code lti.put_data}, or {@code
 * org.imsglobal.lti.put_data} for Brightspace and older Canvas), accepts answers only from the
 * platform's origin, then goes on to the platform's authorization URL (after two seconds without an
 * answer too). When the launch comes without the state cookie, its page reads the state back from
 * there before going on. Without script the visible link continues.
 */
final class PlatformStoragePage {
  private PlatformStoragePage() {}

  static void send(
      HttpServletResponse response,
      String authRedirect,
      String authUrl,
      PendingLogin login,
      String storageTarget)
      throws IOException {
    response.setStatus(HttpServletResponse.SC_OK);
    response.setContentType("text/html");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.getWriter().write(html(authRedirect, origin(authUrl), login, storageTarget));
  }

  static String html(
      String authRedirect, String platformOrigin, PendingLogin login, String storageTarget) {
    return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<title>Opening Firstline</title><link rel=\"stylesheet\" href=\"/css/firstline.css\">"
        + "<script type=\"module\" src=\"/js/lti/store-state.js\"></script></head>"
        + "<body><main id=\"main\" data-storage-target=\""
        + escape(storageTarget)
        + "\" data-platform-origin=\""
        + escape(platformOrigin)
        + "\" data-state=\""
        + escape(login.state())
        + "\" data-next=\""
        + escape(authRedirect)
        + "\"><h1>Opening Firstline</h1><p role=\"status\">Signing you in\u2026</p>"
        + "<p><a href=\""
        + escape(authRedirect)
        + "\">Continue</a></p></main></body></html>\n";
  }

  /** scheme://host[:port] of the platform's authorization URL: its storage frame's origin. */
  static String origin(String url) {
    URI uri = URI.create(url);
    return uri.getScheme().toLowerCase(Locale.ROOT)
        + "://"
        + uri.getHost().toLowerCase(Locale.ROOT)
        + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
  }
}
