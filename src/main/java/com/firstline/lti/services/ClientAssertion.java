package com.firstline.lti.services;

import com.firstline.lti.keys.Rs256;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

/**
 * The JWT a tool signs to prove who it is at a platform's token endpoint (1EdTech Security
 * Framework §4.1, RFC 7523): iss = sub = our client_id, aud = the token endpoint's audience, a
 * short life, and a jti never used before, so an intercepted assertion cannot be replayed. Pure
 * logic.
 */
public final class ClientAssertion {
  public static final String TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
  static final Duration LIFETIME = Duration.ofMinutes(5);

  private ClientAssertion() {}

  public static String sign(RSAKey key, String clientId, String audience, Instant now) {
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .issuer(clientId)
            .subject(clientId)
            .audience(audience)
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plus(LIFETIME)))
            .jwtID(UUID.randomUUID().toString())
            .build();
    return Rs256.sign(claims, key);
  }
}
