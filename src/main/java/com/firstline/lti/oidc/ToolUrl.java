package com.firstline.lti.oidc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Firstline's public address, as platforms must see it in {@code redirect_uri}. Behind a proxy the
 * request's own address is wrong, so {@code lti.tool-url} (e.g. https://firstline.example.com) wins
 * when set.
 */
@ApplicationScoped
public class ToolUrl {
  @Inject
  @ConfigProperty(name = "lti.tool-url")
  Optional<String> configured;

  public String launchUrl(HttpServletRequest request) {
    return base(request) + "/lti/launch";
  }

  /** The base URL without a trailing slash, e.g. {@code https://firstline.example.com}. */
  public String base(HttpServletRequest request) {
    return configured
        .filter(u -> !u.isBlank())
        .map(u -> u.endsWith("/") ? u.substring(0, u.length() - 1) : u)
        .orElseGet(
            () -> {
              String url = request.getRequestURL().toString();
              return url.substring(0, url.length() - request.getRequestURI().length());
            });
  }

  /** Whether the browser reached us over HTTPS, here or at the proxy in front of us. */
  public boolean isHttps(HttpServletRequest request) {
    return request.isSecure() || base(request).startsWith("https://");
  }
}
