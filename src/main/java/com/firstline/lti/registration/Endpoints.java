package com.firstline.lti.registration;

import com.firstline.platform.errors.Problem;
import com.firstline.platform.errors.ProblemException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a platform answers: its OIDC authorization URL (logins are redirected there), token URL and
 * the audience its token endpoint expects (Brightspace's differs from the URL; null means the token
 * URL), and its JWKS URL (the keys its id_tokens are signed with).
 */
public record Endpoints(String authUrl, String tokenUrl, String tokenAudience, String jwksUrl) {

  /** Checks every address at once, so the caller can fix all mistakes in one go. */
  public Endpoints {
    List<Problem.InputError> errors = new ArrayList<>();
    requireHttpUrl("authUrl", authUrl, errors);
    requireHttpUrl("tokenUrl", tokenUrl, errors);
    requireHttpUrl("jwksUrl", jwksUrl, errors);
    if (tokenAudience != null && tokenAudience.isBlank()) {
      tokenAudience = null;
    }
    if (tokenAudience != null && tokenAudience.length() > 1000) {
      errors.add(Problem.InputError.field("tokenAudience", "must be at most 1000 characters"));
    }
    if (!errors.isEmpty()) {
      throw ProblemException.badRequest("The platform's addresses are not valid.", errors);
    }
  }

  /** The audience of client assertions sent to the token endpoint. */
  public String effectiveTokenAudience() {
    return tokenAudience == null ? tokenUrl : tokenAudience;
  }

  private static void requireHttpUrl(String field, String value, List<Problem.InputError> errors) {
    if (value == null || value.isBlank()) {
      errors.add(Problem.InputError.field(field, "is required"));
      return;
    }
    if (value.length() > 1000) {
      errors.add(Problem.InputError.field(field, "must be at most 1000 characters"));
      return;
    }
    try {
      URI uri = new URI(value);
      String scheme = uri.getScheme();
      if (!uri.isAbsolute()
          || uri.getHost() == null
          || !("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme))) {
        errors.add(Problem.InputError.field(field, "must be an absolute http(s) URL"));
      }
    } catch (URISyntaxException e) {
      errors.add(Problem.InputError.field(field, "is not a URL: " + e.getReason()));
    }
  }
}
