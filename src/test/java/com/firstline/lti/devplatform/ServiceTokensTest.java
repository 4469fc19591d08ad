package com.firstline.lti.devplatform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.firstline.lti.keys.Rs256;
import com.firstline.lti.launch.LtiClaims;
import com.firstline.lti.services.Scopes;
import com.firstline.lti.testplatform.IdTokens;
import com.firstline.platform.errors.ProblemException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The development LMS trusts only what the tool signed, and grants only what it was asked. */
class ServiceTokensTest {
  private static final String TOKEN_URL = "http://localhost/api/dev-platform/token";
  private final RSAKey tool = IdTokens.newKey();
  private final RSAKey platform = IdTokens.newKey();
  private final Instant now = Instant.now();

  private String assertion(String issuer, String audience, Instant expires, RSAKey key) {
    return Rs256.sign(
        new JWTClaimsSet.Builder()
            .issuer(issuer)
            .subject(issuer)
            .audience(audience)
            .expirationTime(Date.from(expires))
            .build(),
        key);
  }

  @Test
  void aClientAssertionMustBeTheToolsOwn() {
    JWKSet toolKeys = new JWKSet(tool.toPublicJWK());
    Instant later = now.plusSeconds(60);
    assertTrue(
        ServiceTokens.assertionProblem(
                assertion(DevPlatform.CLIENT_ID, TOKEN_URL, later, tool), toolKeys, TOKEN_URL, now)
            .isEmpty());
    assertTrue(
        ServiceTokens.assertionProblem(
                assertion(DevPlatform.CLIENT_ID, TOKEN_URL, later, IdTokens.newKey()),
                toolKeys,
                TOKEN_URL,
                now)
            .isPresent());
    assertTrue(
        ServiceTokens.assertionProblem(
                assertion("someone-else", TOKEN_URL, later, tool), toolKeys, TOKEN_URL, now)
            .isPresent());
    assertTrue(
        ServiceTokens.assertionProblem(
                assertion(DevPlatform.CLIENT_ID, "http://elsewhere/token", later, tool),
                toolKeys,
                TOKEN_URL,
                now)
            .isPresent());
    assertTrue(
        ServiceTokens.assertionProblem(
                assertion(DevPlatform.CLIENT_ID, TOKEN_URL, now.minusSeconds(1), tool),
                toolKeys,
                TOKEN_URL,
                now)
            .isPresent());
  }

  @Test
  void anAccessTokenAllowsItsScopesUntilItExpires() {
    String token = ServiceTokens.issue(platform, List.of(Scopes.AGS_SCORE), now);
    assertTrue(ServiceTokens.allows(platform, token, Scopes.AGS_SCORE, now));
    assertFalse(ServiceTokens.allows(platform, token, Scopes.NRPS_MEMBERSHIPS, now));
    assertFalse(
        ServiceTokens.allows(
            platform, token, Scopes.AGS_SCORE, now.plus(ServiceTokens.LIFETIME).plusSeconds(1)));
    assertFalse(ServiceTokens.allows(IdTokens.newKey(), token, Scopes.AGS_SCORE, now));
    assertFalse(ServiceTokens.allows(platform, "not-a-jwt", Scopes.AGS_SCORE, now));
  }

  @Test
  void aDeepLinkingAnswerBecomesCourseLinks() {
    JWKSet toolKeys = new JWKSet(tool.toPublicJWK());
    String issuer = "http://localhost/dev-platform";
    Map<String, Object> item =
        Map.of(
            "type",
            LtiClaims.RESOURCE_LINK_TYPE,
            "title",
            "A mistake at the counter",
            "url",
            "http://localhost/lti/launch",
            "custom",
            Map.of("module", "mistake-at-the-counter"));
    String answer =
        Rs256.sign(
            new JWTClaimsSet.Builder()
                .issuer(DevPlatform.CLIENT_ID)
                .audience(issuer)
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(5))))
                .claim(LtiClaims.MESSAGE_TYPE, LtiClaims.DEEP_LINKING_RESPONSE)
                .claim(LtiClaims.DEEP_LINKING_CONTENT_ITEMS, List.of(item))
                .build(),
            tool);
    var links = DeepLinkingAnswer.links(answer, toolKeys, issuer, now);
    assertEquals(1, links.size());
    assertEquals("mistake-at-the-counter", links.get(0).moduleId());
    Executable forged =
        () ->
            DeepLinkingAnswer.links(
                answer, new JWKSet(IdTokens.newKey().toPublicJWK()), issuer, now);
    assertEquals(
        "JWT",
        org.junit.jupiter.api.Assertions.assertThrows(ProblemException.class, forged)
            .problem()
            .errors()
            .get(0)
            .field());
  }
}
