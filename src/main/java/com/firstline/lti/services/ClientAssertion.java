package com.firstline.lti.services;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
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
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256)
                .keyID(key.getKeyID())
                .type(JOSEObjectType.JWT)
                .build(),
            claims);
    try {
      jwt.sign(new RSASSASigner(key));
    } catch (JOSEException e) {
      throw new IllegalStateException("Cannot sign a client assertion with " + key.getKeyID(), e);
    }
    return jwt.serialize();
  }
}
