package com.firstline.lti.devplatform;

import com.firstline.lti.keys.Rs256;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The development LMS's OAuth 2 client-credentials grant for its services (LTI Security Framework
 * §4.1): the tool proves itself with a JWT signed by one of its published keys, and gets an access
 * token, itself a JWT signed by the platform's key, so any node can check it. Pure logic.
 */
final class ServiceTokens {
  static final Duration LIFETIME = Duration.ofHours(1);
  private static final String AUDIENCE = "firstline-dev-platform-services";

  private ServiceTokens() {}

  /**
   * Checks a client assertion: signed by a key in the tool's key set, issued by and about the
   * tool's client, for this token endpoint, not expired. Empty when it is good; otherwise why not.
   */
  static Optional<String> assertionProblem(
      String assertion, JWKSet toolKeys, String tokenUrl, Instant now) {
    try {
      SignedJWT jwt = SignedJWT.parse(assertion);
      JWK key = toolKeys.getKeyByKeyId(jwt.getHeader().getKeyID());
      if (!(key instanceof RSAKey rsa) || !jwt.verify(new RSASSAVerifier(rsa))) {
        return Optional.of("the client assertion is not signed by a key of the tool's JWKS");
      }
      JWTClaimsSet claims = jwt.getJWTClaimsSet();
      if (!DevPlatform.CLIENT_ID.equals(claims.getIssuer())
          || !DevPlatform.CLIENT_ID.equals(claims.getSubject())) {
        return Optional.of("iss and sub must be the client_id " + DevPlatform.CLIENT_ID);
      }
      if (claims.getAudience() == null || !claims.getAudience().contains(tokenUrl)) {
        return Optional.of("aud must be the token endpoint " + tokenUrl);
      }
      if (claims.getExpirationTime() == null
          || claims.getExpirationTime().toInstant().isBefore(now)) {
        return Optional.of("the client assertion has expired");
      }
      return Optional.empty();
    } catch (ParseException | JOSEException e) {
      return Optional.of("the client assertion is not a signed JWT");
    }
  }

  static String issue(RSAKey platformKey, List<String> scopes, Instant now) {
    return Rs256.sign(
        new JWTClaimsSet.Builder()
            .issuer(DevPlatform.CLIENT_ID)
            .audience(AUDIENCE)
            .subject(DevPlatform.CLIENT_ID)
            .jwtID(UUID.randomUUID().toString())
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plus(LIFETIME)))
            .claim("scope", String.join(" ", scopes))
            .build(),
        platformKey);
  }

  /** Whether an access token this platform issued is still good for the scope. */
  static boolean allows(RSAKey platformKey, String accessToken, String scope, Instant now) {
    try {
      SignedJWT jwt = SignedJWT.parse(accessToken);
      if (!jwt.verify(new RSASSAVerifier(platformKey.toRSAPublicKey()))) {
        return false;
      }
      JWTClaimsSet claims = jwt.getJWTClaimsSet();
      Set<String> scopes = Set.copyOf(Arrays.asList(claims.getStringClaim("scope").split(" ")));
      return claims.getAudience().contains(AUDIENCE)
          && claims.getExpirationTime().toInstant().isAfter(now)
          && scopes.contains(scope);
    } catch (ParseException | JOSEException | RuntimeException e) {
      return false;
    }
  }
}
