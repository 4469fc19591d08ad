package com.firstline.lti.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.firstline.lti.testplatform.IdTokens;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClientAssertionTest {
  @Test
  void theAssertionNamesUsAndTheAudienceAndIsSignedWithOurKey() throws Exception {
    RSAKey key = IdTokens.newKey();
    Instant now = Instant.parse("2026-03-02T10:00:00Z");
    SignedJWT jwt =
        SignedJWT.parse(ClientAssertion.sign(key, "client-7", "https://lms/token", now));
    assertTrue(jwt.verify(new RSASSAVerifier(key.toPublicJWK())));
    assertEquals(key.getKeyID(), jwt.getHeader().getKeyID());
    JWTClaimsSet claims = jwt.getJWTClaimsSet();
    assertEquals("client-7", claims.getIssuer());
    assertEquals("client-7", claims.getSubject());
    assertEquals(List.of("https://lms/token"), claims.getAudience());
    assertEquals(now, claims.getIssueTime().toInstant());
    assertTrue(claims.getExpirationTime().toInstant().isAfter(now));
  }

  @Test
  void everyAssertionHasItsOwnJti() throws Exception {
    RSAKey key = IdTokens.newKey();
    Instant now = Instant.now();
    String first =
        SignedJWT.parse(ClientAssertion.sign(key, "c", "a", now)).getJWTClaimsSet().getJWTID();
    String second =
        SignedJWT.parse(ClientAssertion.sign(key, "c", "a", now)).getJWTClaimsSet().getJWTID();
    assertNotEquals(first, second);
  }
}
