package com.firstline.lti.launch;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import java.net.URI;
import java.text.ParseException;

/**
 * The id_token is signed by the platform: the key named by {@code kid} is taken from the platform's
 * JWKS and must be an RSA signing key of at least 2048 bits. A JWKS entry without {@code alg} is
 * accepted (Brightspace publishes them so); one with another {@code alg} is not.
 */
public final class SignatureCheck implements IdTokenCheck {
  private static final int MIN_KEY_BITS = 2048;

  private final PlatformKeys keys;
  private final URI jwksUrl;

  public SignatureCheck(PlatformKeys keys, URI jwksUrl) {
    this.keys = keys;
    this.jwksUrl = jwksUrl;
  }

  @Override
  public void check(IdToken token) {
    String kid = token.header("kid").orElseThrow();
    JWK jwk =
        keys.key(jwksUrl, kid)
            .orElseThrow(
                () ->
                    Rule.KEY_ID.rejected(
                        "The platform's key set at "
                            + jwksUrl
                            + " has no key with kid '"
                            + kid
                            + "', even fetched again just now."));
    RSAKey rsa = usable(jwk, kid);
    try {
      if (!token.signed().verify(new RSASSAVerifier(rsa))) {
        throw Rule.SIGNATURE.rejected(
            "The id_token's signature does not verify with the platform's key '" + kid + "'.");
      }
    } catch (ParseException | JOSEException e) {
      throw Rule.SIGNATURE.rejected(
          "The id_token's signature cannot be checked with key '" + kid + "': " + e.getMessage());
    }
  }

  private static RSAKey usable(JWK jwk, String kid) {
    if (!(jwk instanceof RSAKey rsa)) {
      throw Rule.KEY_ID.rejected("The platform's key '" + kid + "' is not an RSA key.");
    }
    if (jwk.getKeyUse() != null && !KeyUse.SIGNATURE.equals(jwk.getKeyUse())) {
      throw Rule.KEY_ID.rejected("The platform's key '" + kid + "' is not meant for signatures.");
    }
    if (jwk.getAlgorithm() != null && !JWSAlgorithm.RS256.equals(jwk.getAlgorithm())) {
      throw Rule.KEY_ID.rejected(
          "The platform's key '" + kid + "' is for " + jwk.getAlgorithm() + ", not RS256.");
    }
    if (rsa.size() < MIN_KEY_BITS) {
      throw Rule.KEY_ID.rejected(
          "The platform's key '" + kid + "' has " + rsa.size() + " bits; at least 2048 needed.");
    }
    return rsa;
  }
}
