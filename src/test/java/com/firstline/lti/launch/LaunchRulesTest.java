package com.firstline.lti.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.firstline.lti.oidc.PendingLogin;
import com.firstline.lti.registration.RegisteredPlatform;
import com.firstline.lti.testplatform.IdTokens;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each rule of the launch, one way of breaking it per test; and what must still pass. */
class LaunchRulesTest {
  private static final String ISSUER = "https://lms.example.edu";
  private static final String CLIENT = "client-1";
  private static final String DEPLOYMENT = "deployment-1";
  private static final String NONCE = "nonce-1";

  private final RSAKey key = IdTokens.newKey();
  private final RegisteredPlatform platform =
      new RegisteredPlatform(
          1L,
          ISSUER,
          CLIENT,
          "https://lms.example.edu/auth",
          "https://lms.example.edu/token",
          "https://lms.example.edu/token",
          "https://lms.example.edu/jwks",
          List.of(DEPLOYMENT),
          Instant.now());
  private final PlatformKeys keys =
      new PlatformKeys(
          url -> new JWKSet(key.toPublicJWK()).toString(),
          Clock.systemUTC(),
          Duration.ofMinutes(5),
          Duration.ofSeconds(5));

  private IdTokens token() {
    return IdTokens.valid(key, ISSUER, CLIENT, DEPLOYMENT, NONCE);
  }

  private IdToken verify(IdTokens token) {
    return LaunchRules.verifier(
            platform,
            new PendingLogin("state-1", NONCE, 1L, null, ""),
            keys,
            Clock.systemUTC(),
            Duration.ofSeconds(60))
        .verify(IdToken.parse(token.serialize()));
  }

  private LaunchRejected refused(IdTokens token, Rule rule, String detailPart) {
    LaunchRejected rejected = assertThrows(LaunchRejected.class, () -> verify(token));
    assertEquals(rule, rejected.rule(), rejected.problem().detail());
    assertTrue(
        rejected.problem().detail().contains(detailPart),
        () -> "'" + rejected.problem().detail() + "' should mention '" + detailPart + "'");
    assertEquals(rule.type(), rejected.problem().type());
    return rejected;
  }

  @Test
  void aValidLaunchPasses() {
    LaunchFacts facts = LaunchFacts.of(verify(token()));
    assertEquals(IdTokens.DEFAULT_MODULE, facts.moduleId());
  }

  @Test
  void notAJwtIsRefused() {
    LaunchRejected rejected =
        assertThrows(LaunchRejected.class, () -> IdToken.parse("this-is-not-a-jwt"));
    assertEquals(Rule.ID_TOKEN, rejected.rule());
    assertEquals(400, rejected.problem().status());
    assertEquals(
        Rule.ID_TOKEN, assertThrows(LaunchRejected.class, () -> IdToken.parse("a.b.c")).rule());
    assertEquals(Rule.ID_TOKEN, assertThrows(LaunchRejected.class, () -> IdToken.parse("")).rule());
  }

  @Test
  void claimsWithACharacterOutsideBase64UrlAreRefusedNotSkipped() {
    String[] parts = token().serialize().split("\\.");
    String smuggled =
        parts[0] + "." + parts[1].substring(0, 8) + "*" + parts[1].substring(8) + "." + parts[2];
    LaunchRejected rejected = assertThrows(LaunchRejected.class, () -> IdToken.parse(smuggled));
    assertEquals(Rule.ID_TOKEN, rejected.rule());
    assertTrue(rejected.problem().detail().contains("cannot be read"), rejected.problem().detail());

    assertEquals(
        IdTokens.DEFAULT_MODULE, LaunchFacts.of(IdToken.parse(token().serialize())).moduleId());
  }

  @Test
  void missingAlgIsRefused() {
    refused(token().withoutAlg(), Rule.ALGORITHM, "no 'alg'");
  }

  @Test
  void algNoneIsRefused() {
    refused(token().unsigned(), Rule.ALGORITHM, "'none'");
  }

  @Test
  void hmacIsRefused() {
    refused(token().signedWithHmac(), Rule.ALGORITHM, "HS256");
  }

  @Test
  void missingKidIsRefused() {
    refused(token().withoutKid(), Rule.KEY_ID, "no 'kid'");
  }

  @Test
  void unknownKidIsRefused() {
    refused(token().withKid("no-such-key"), Rule.KEY_ID, "no-such-key");
  }

  @Test
  void aSignatureByAnotherKeyUnderTheRightKidIsRefused() {
    refused(
        token().signedWith(IdTokens.newKey()).withKid(key.getKeyID()), Rule.SIGNATURE, "signature");
  }

  @Test
  void anotherIssuerIsRefused() {
    refused(token().with("iss", "https://evil.example"), Rule.ISSUER, "evil.example");
  }

  @Test
  void missingIssuerIsRefused() {
    refused(token().without("iss"), Rule.ISSUER, "no 'iss'");
  }

  @Test
  void anotherAudienceIsRefused() {
    refused(token().with("aud", "client-2"), Rule.AUDIENCE, "client-1");
  }

  @Test
  void anArrayAudienceWithoutAzpIsRefused() {
    refused(token().with("aud", List.of(CLIENT, "other")), Rule.AUDIENCE, "azp");
  }

  @Test
  void anArrayAudienceWithOurAzpPasses() {
    verify(token().with("aud", List.of("other", CLIENT)).with("azp", CLIENT));
  }

  @Test
  void aForeignAzpIsRefused() {
    refused(token().with("azp", "other"), Rule.AUDIENCE, "azp");
  }

  @Test
  void anExpiredTokenIsRefused() {
    refused(
        token()
            .issuedAt(Instant.now().minusSeconds(900))
            .expiresAt(Instant.now().minusSeconds(120)),
        Rule.EXPIRY,
        "expired");
  }

  @Test
  void expiryWithinTheClockSkewPasses() {
    verify(
        token()
            .issuedAt(Instant.now().minusSeconds(300))
            .expiresAt(Instant.now().minusSeconds(30)));
  }

  @Test
  void missingExpIsRefused() {
    refused(token().without("exp"), Rule.EXPIRY, "no 'exp'");
  }

  @Test
  void missingIatIsRefused() {
    refused(token().without("iat"), Rule.ISSUED_AT, "no 'iat'");
  }

  @Test
  void iatInTheFutureBeyondTheSkewIsRefused() {
    refused(
        token().issuedAt(Instant.now().plusSeconds(600)).expiresAt(Instant.now().plusSeconds(900)),
        Rule.ISSUED_AT,
        "future");
  }

  @Test
  void iatSlightlyAheadWithinTheSkewPasses() {
    verify(token().issuedAt(Instant.now().plusSeconds(20)));
  }

  @Test
  void anotherNonceIsRefused() {
    refused(token().with("nonce", "nonce-of-another-login"), Rule.NONCE, "replayed");
  }

  @Test
  void missingNonceIsRefused() {
    refused(token().without("nonce"), Rule.NONCE, "no 'nonce'");
  }

  @Test
  void unknownDeploymentIsRefused() {
    refused(token().withLti("deployment_id", "somewhere-else"), Rule.DEPLOYMENT, "somewhere-else");
  }

  @Test
  void missingDeploymentIsRefused() {
    refused(token().withoutLti("deployment_id"), Rule.DEPLOYMENT, "no deployment_id");
  }

  @Test
  void wrongVersionIsRefused() {
    refused(token().withLti("version", "1.2.0"), Rule.VERSION, "1.2.0");
  }

  @Test
  void missingVersionIsRefused() {
    refused(token().withoutLti("version"), Rule.VERSION, "no LTI version");
  }

  @Test
  void missingMessageTypeIsRefused() {
    refused(token().withoutLti("message_type"), Rule.MESSAGE_TYPE, "no message_type");
  }

  @Test
  void unknownMessageTypeIsRefused() {
    refused(
        token().withLti("message_type", "LtiSubmissionReviewRequest"), Rule.MESSAGE_TYPE, "Review");
  }

  @Test
  void missingSubIsRefused() {
    refused(token().without("sub"), Rule.SUBJECT, "no 'sub'");
  }

  @Test
  void missingRolesAreRefusedButEmptyRolesPass() {
    refused(token().withoutLti("roles"), Rule.ROLES, "no roles");
    verify(token().withRoles());
  }

  @Test
  void rolesThatAreNotAnArrayAreRefused() {
    refused(token().withLti("roles", "Learner"), Rule.ROLES, "not an array");
  }

  @Test
  void missingResourceLinkIdIsRefused() {
    refused(
        token().withLti("resource_link", Map.of("title", "no id")),
        Rule.RESOURCE_LINK,
        "resource_link.id");
    refused(token().withoutLti("resource_link"), Rule.RESOURCE_LINK, "resource_link.id");
  }

  @Test
  void missingTargetLinkUriIsRefused() {
    refused(token().withoutLti("target_link_uri"), Rule.TARGET_LINK_URI, "target_link_uri");
  }

  @Test
  void aResourceLinkWithoutModuleIsRefusedWithAHint() {
    refused(token().withLti("custom", Map.of()), Rule.MODULE, "module=<module id>");
    refused(token().withoutLti("custom"), Rule.MODULE, "custom parameter");
  }

  @Test
  void deepLinkingNeedsItsSettingsButNoResourceLinkOrModule() {
    IdTokens deepLinking =
        token()
            .withLti("message_type", "LtiDeepLinkingRequest")
            .withoutLti("resource_link")
            .withoutLti("custom");
    refused(deepLinking, Rule.DEEP_LINKING_SETTINGS, "deep_link_return_url");
    verify(
        deepLinking.with(
            LtiClaims.DEEP_LINKING_SETTINGS,
            Map.of("deep_link_return_url", "https://lms.example.edu/dl")));
  }

  @Test
  void deepLinkingSettingsMustBeUsable() {
    IdTokens deepLinking =
        token().withLti("message_type", "LtiDeepLinkingRequest").withoutLti("resource_link");
    refused(
        deepLinking.with(
            LtiClaims.DEEP_LINKING_SETTINGS, Map.of("deep_link_return_url", "javascript:alert(1)")),
        Rule.DEEP_LINKING_SETTINGS,
        "absolute http(s) URL");
    refused(
        deepLinking.with(
            LtiClaims.DEEP_LINKING_SETTINGS,
            Map.of(
                "deep_link_return_url",
                "https://lms.example.edu/dl",
                "accept_types",
                List.of("file"))),
        Rule.DEEP_LINKING_SETTINGS,
        "ltiResourceLink");
    refused(
        deepLinking.with(
            LtiClaims.DEEP_LINKING_SETTINGS,
            Map.of("deep_link_return_url", "https://lms.example.edu/dl", "data", Map.of("a", 1))),
        Rule.DEEP_LINKING_SETTINGS,
        "data");
    verify(
        deepLinking.with(
            LtiClaims.DEEP_LINKING_SETTINGS,
            Map.of(
                "deep_link_return_url",
                "https://lms.example.edu/dl",
                "accept_types",
                List.of("link", "ltiResourceLink"),
                "data",
                "csrf-abc")));
  }

  @Test
  void variantsCertificationSendsArePassed() {
    verify(token().withRoles(IdTokens.LEARNER, IdTokens.INSTRUCTOR));
    verify(token().withRoles("Instructor"));
    verify(token().withRoles("http://example.com/unknown#Role"));
    verify(token().withoutPersonalData());
    verify(token().withoutLti("context"));
    verify(token().without("name").without("given_name").without("family_name"));
    verify(token().without("email"));
  }

  @Test
  void refusalsAreClientErrorsExceptAnUnreachablePlatform() {
    for (Rule rule : Rule.values()) {
      int status = rule.status();
      assertTrue(
          rule == Rule.PLATFORM_KEYS ? status == 502 : status >= 400 && status < 500, rule::name);
    }
  }
}
