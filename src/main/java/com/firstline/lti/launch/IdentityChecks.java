package com.firstline.lti.launch;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

/**
 * The id_token is for us, from the platform the login was started with, for that very login (OIDC
 * Core §3.2.2.11 and LTI Security Framework §5.1.3).
 */
public final class IdentityChecks {
  private IdentityChecks() {}

  public static IdTokenCheck issuer(String expected) {
    return token -> {
      String iss =
          token
              .string("iss")
              .orElseThrow(() -> Rule.ISSUER.rejected("The id_token has no 'iss' (issuer)."));
      if (!iss.equals(expected)) {
        throw Rule.ISSUER.rejected(
            "The id_token's issuer '"
                + iss
                + "' is not the registered platform this login was started for ('"
                + expected
                + "').");
      }
    };
  }

  /**
   * {@code aud} (a string or an array) contains our client_id; with several audiences {@code azp}
   * must be present and be our client_id, and when present it must be ours anyway.
   */
  public static IdTokenCheck audience(String clientId) {
    return token -> {
      List<String> aud = token.audience();
      if (aud == null || aud.isEmpty()) {
        throw Rule.AUDIENCE.rejected("The id_token has no 'aud' (audience).");
      }
      if (!aud.contains(clientId)) {
        throw Rule.AUDIENCE.rejected(
            "The id_token's audience " + aud + " does not contain client_id '" + clientId + "'.");
      }
      Object azp = token.claims().getClaim("azp");
      if (aud.size() > 1 && azp == null) {
        throw Rule.AUDIENCE.rejected(
            "The id_token has several audiences but no 'azp' saying which is the client.");
      }
      if (azp != null && !clientId.equals(azp)) {
        throw Rule.AUDIENCE.rejected(
            "The id_token's 'azp' is '" + azp + "', not client_id '" + clientId + "'.");
      }
    };
  }

  /** The nonce is the one this login sent; the login itself is single-use, so it is used once. */
  public static IdTokenCheck nonce(String expected) {
    return token -> {
      String nonce =
          token
              .string("nonce")
              .orElseThrow(() -> Rule.NONCE.rejected("The id_token has no 'nonce'."));
      if (!MessageDigest.isEqual(
          nonce.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8))) {
        throw Rule.NONCE.rejected(
            "The id_token's nonce is not the one sent with this login: it belongs to another"
                + " login or is being replayed.");
      }
    };
  }
}
