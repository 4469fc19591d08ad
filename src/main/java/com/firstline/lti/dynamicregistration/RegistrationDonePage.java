package com.firstline.lti.dynamicregistration;

import com.firstline.lti.Html;
import com.firstline.lti.registration.RegisteredPlatform;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The page that ends a registration. Its script ({@code /js/lti/registration-close.js}; no inline
 * code under our CSP) tells the platform's window to close it; the text says what was registered
 * for anyone whose platform does not.
 */
final class RegistrationDonePage {
  private RegistrationDonePage() {}

  static void send(HttpServletResponse response, RegisteredPlatform registered) throws IOException {
    response.setStatus(HttpServletResponse.SC_OK);
    response.setContentType("text/html");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.getWriter().write(html(registered));
  }

  static String html(RegisteredPlatform registered) {
    String deployments =
        registered.deploymentIds().isEmpty()
            ? "none yet (add it in Firstline's admin API once the LMS shows it)"
            : String.join(", ", registered.deploymentIds());
    return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<title>Firstline is registered</title>"
        + "<link rel=\"stylesheet\" href=\"/css/firstline.css\">"
        + "<script type=\"module\" src=\"/js/lti/registration-close.js\"></script></head>"
        + "<body><main id=\"main\"><h1>Firstline is registered</h1>"
        + "<p role=\"status\">Your LMS can now launch Firstline. You can close this window.</p>"
        + "<dl><dt>Issuer</dt><dd>"
        + Html.escape(registered.issuer())
        + "</dd><dt>Client ID</dt><dd>"
        + Html.escape(registered.clientId())
        + "</dd><dt>Deployment</dt><dd>"
        + Html.escape(deployments)
        + "</dd></dl></main></body></html>\n";
  }
}
