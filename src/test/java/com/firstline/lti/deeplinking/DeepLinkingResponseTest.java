package com.firstline.lti.deeplinking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.firstline.lti.keys.Rs256;
import com.firstline.lti.launch.LtiClaims;
import com.firstline.lti.testplatform.IdTokens;
import com.firstline.scenario.model.PlayMode;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The claims of the deep-linking response, one rule of Deep Linking 2.0 §4.2 per assertion. */
class DeepLinkingResponseTest {
  private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
  private static final String LAUNCH_URL = "https://firstline.example/lti/launch";
  private static final DeepLinkingResponse.Recipient PLATFORM =
      new DeepLinkingResponse.Recipient("https://lms.example.edu", "client-7", "deployment-3");
  private static final OfferedModule COUNTER =
      new OfferedModule(
          "mistake-at-the-counter", "A mistake at the counter", "Own the fix.", 9, 10);
  private static final OfferedModule EXTRA_MILE =
      new OfferedModule("extra-mile", "The extra mile", "A hard week.", 12, 20);

  private static DeepLinkingSettings settings(String data) {
    return new DeepLinkingSettings(
        "https://lms.example.edu/dl", true, List.of("ltiResourceLink"), data);
  }

  @Test
  void theResponseIsFromTheToolToThePlatformForThisDeployment() {
    JWTClaimsSet claims =
        DeepLinkingResponse.claims(
            PLATFORM, settings("opaque-1"), List.of(COUNTER), null, LAUNCH_URL, NOW);

    assertEquals("client-7", claims.getIssuer());
    assertEquals(List.of("https://lms.example.edu"), claims.getAudience());
    assertEquals(NOW, claims.getIssueTime().toInstant());
    assertEquals(NOW.plus(DeepLinkingResponse.LIFETIME), claims.getExpirationTime().toInstant());
    assertTrue(((String) claims.getClaim("nonce")).length() >= 32);
    assertEquals("deployment-3", claims.getClaim(LtiClaims.DEPLOYMENT_ID));
    assertEquals("LtiDeepLinkingResponse", claims.getClaim(LtiClaims.MESSAGE_TYPE));
    assertEquals("1.3.0", claims.getClaim(LtiClaims.VERSION));
    assertEquals("opaque-1", claims.getClaim(LtiClaims.DEEP_LINKING_DATA));
  }

  @Test
  void eachModuleBecomesAResourceLinkWithItsModuleParameterAndLineItem() {
    JWTClaimsSet claims =
        DeepLinkingResponse.claims(
            PLATFORM, settings(null), List.of(COUNTER, EXTRA_MILE), null, LAUNCH_URL, NOW);

    List<?> items = (List<?>) claims.getClaim(LtiClaims.DEEP_LINKING_CONTENT_ITEMS);
    assertEquals(2, items.size());
    Map<?, ?> first = (Map<?, ?>) items.get(0);
    assertEquals("ltiResourceLink", first.get("type"));
    assertEquals("A mistake at the counter", first.get("title"));
    assertEquals("Own the fix.", first.get("text"));
    assertEquals(LAUNCH_URL, first.get("url"));
    assertEquals(Map.of("module", "mistake-at-the-counter"), first.get("custom"));
    assertEquals(
        Map.of(
            "scoreMaximum",
            10,
            "label",
            "A mistake at the counter",
            "resourceId",
            "mistake-at-the-counter"),
        first.get("lineItem"));
    assertEquals(Map.of("module", "extra-mile"), ((Map<?, ?>) items.get(1)).get("custom"));
    assertFalse(
        claims.getClaims().containsKey(LtiClaims.DEEP_LINKING_DATA), "no data sent, none echoed");
  }

  @Test
  void aModeTheTrainerChoseRidesInEveryLinksCustomParameters() {
    JWTClaimsSet claims =
        DeepLinkingResponse.claims(
            PLATFORM,
            settings(null),
            List.of(COUNTER, EXTRA_MILE),
            PlayMode.ASSESSMENT,
            LAUNCH_URL,
            NOW);
    List<?> items = (List<?>) claims.getClaim(LtiClaims.DEEP_LINKING_CONTENT_ITEMS);
    assertEquals(
        Map.of("module", "mistake-at-the-counter", "mode", "assessment"),
        ((Map<?, ?>) items.get(0)).get("custom"));
    assertEquals(
        Map.of("module", "extra-mile", "mode", "assessment"),
        ((Map<?, ?>) items.get(1)).get("custom"));
  }

  @Test
  void theResponseIsSignedWithRs256AndNamesTheKey() throws Exception {
    RSAKey key = IdTokens.newKey();
    String jwt =
        Rs256.sign(
            DeepLinkingResponse.claims(
                PLATFORM, settings("d"), List.of(COUNTER), null, LAUNCH_URL, NOW),
            key);

    SignedJWT parsed = SignedJWT.parse(jwt);
    assertEquals(JWSAlgorithm.RS256, parsed.getHeader().getAlgorithm());
    assertEquals(key.getKeyID(), parsed.getHeader().getKeyID());
    assertTrue(parsed.verify(new RSASSAVerifier(key.toPublicJWK())));
    assertNotNull(parsed.getJWTClaimsSet().getClaim(LtiClaims.DEEP_LINKING_CONTENT_ITEMS));
  }
}
