package com.firstline.lti.admin;

import com.firstline.platform.errors.ProblemException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;

/**
 * Checks an {@code Authorization} header against the configured admin token. Pure logic. Both sides
 * are hashed before the constant-time comparison so that neither content nor length leaks through
 * timing.
 */
public final class AdminToken {
  private static final String BEARER = "Bearer ";

  private final byte[] expectedHash;

  /** An empty or blank token means the admin API is switched off. */
  public AdminToken(Optional<String> configured) {
    this.expectedHash = configured.filter(t -> !t.isBlank()).map(AdminToken::sha256).orElse(null);
  }

  /** Passes, or throws a 403 (API switched off) or 401 (missing or wrong credential). */
  public void require(String authorizationHeader) {
    if (expectedHash == null) {
      throw ProblemException.forbidden(
          "The LTI admin API is switched off: set lti.admin-token on the server to enable it.");
    }
    if (authorizationHeader == null
        || !authorizationHeader.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      throw unauthorized("Send the LTI admin token as 'Authorization: Bearer <token>'.");
    }
    byte[] given = sha256(authorizationHeader.substring(BEARER.length()).trim());
    if (!MessageDigest.isEqual(expectedHash, given)) {
      throw unauthorized("The LTI admin token is not valid.");
    }
  }

  /** Whether the header carries the admin token (false when the admin API is switched off). */
  public boolean accepts(String authorizationHeader) {
    return expectedHash != null
        && authorizationHeader != null
        && authorizationHeader.regionMatches(true, 0, BEARER, 0, BEARER.length())
        && MessageDigest.isEqual(
            expectedHash, sha256(authorizationHeader.substring(BEARER.length()).trim()));
  }

  private static ProblemException unauthorized(String detail) {
    return new ProblemException(401, "Unauthorized", detail);
  }

  private static byte[] sha256(String value) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }
}
