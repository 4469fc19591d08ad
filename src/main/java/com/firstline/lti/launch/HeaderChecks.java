package com.firstline.lti.launch;

/**
 * Checks on the id_token's header, made before any key is fetched. Only RS256 is accepted (LTI
 * Security Framework §5.1.3): {@code none} would accept anything, and an HMAC algorithm would turn
 * the platform's public key into a shared secret anyone can sign with.
 */
public final class HeaderChecks {
  private HeaderChecks() {}

  public static final IdTokenCheck RS256_ONLY =
      token -> {
        if (!token.hasHeader("alg")) {
          throw Rule.ALGORITHM.rejected(
              "The id_token's header has no 'alg': it must be signed with RS256.");
        }
        String alg = token.header("alg").orElse("(not a string)");
        if ("none".equalsIgnoreCase(alg)) {
          throw Rule.ALGORITHM.rejected(
              "The id_token is unsigned (alg 'none'): only RS256-signed tokens are accepted.");
        }
        if (!"RS256".equals(alg)) {
          throw Rule.ALGORITHM.rejected(
              "The id_token is signed with '" + alg + "': only RS256 is accepted.");
        }
      };

  public static final IdTokenCheck KEY_ID_PRESENT =
      token -> {
        if (token.header("kid").filter(k -> !k.isBlank()).isEmpty()) {
          throw Rule.KEY_ID.rejected(
              "The id_token's header has no 'kid': the platform's signing key cannot be chosen.");
        }
      };
}
