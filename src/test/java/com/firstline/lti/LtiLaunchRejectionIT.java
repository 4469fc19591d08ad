package com.firstline.lti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.firstline.lti.launch.Rule;
import com.firstline.lti.testplatform.IdTokens;
import com.firstline.lti.testplatform.TestPlatform;
import com.firstline.testing.ServerUnderTest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * The certification's known-bad launches, each through a real login: refused with its own rule and
 * message, a 4xx problem, and nothing written (no person, no launch).
 */
class LtiLaunchRejectionIT {
  private static final String CLIENT = "firstline-client";
  private static final String DEPLOYMENT = "deployment-1";

  private static TestPlatform platform;

  @BeforeAll
  static void registerPlatform() {
    platform = TestPlatform.start("rejections");
    LtiFlow.register(platform, CLIENT, DEPLOYMENT);
  }

  @AfterAll
  static void stopPlatform() {
    platform.close();
  }

  static Stream<Arguments> knownBadLaunches() {
    Instant now = Instant.now();
    return Stream.of(
        bad("no kid", IdTokens::withoutKid, Rule.KEY_ID, "no 'kid'"),
        bad("wrong kid", t -> t.withKid("not-a-published-kid"), Rule.KEY_ID, "not-a-published-kid"),
        bad("alg none", IdTokens::unsigned, Rule.ALGORITHM, "'none'"),
        bad("HS256", IdTokens::signedWithHmac, Rule.ALGORITHM, "HS256"),
        bad("no alg", IdTokens::withoutAlg, Rule.ALGORITHM, "no 'alg'"),
        bad(
            "signed by another key",
            t -> t.signedWith(IdTokens.newKey()).withKid(platform.currentKey().getKeyID()),
            Rule.SIGNATURE,
            "signature"),
        bad("wrong version", t -> t.withLti("version", "1.1"), Rule.VERSION, "'1.1'"),
        bad("no version", t -> t.withoutLti("version"), Rule.VERSION, "no LTI version"),
        bad("no message_type", t -> t.withoutLti("message_type"), Rule.MESSAGE_TYPE, "no message"),
        bad(
            "unknown message_type",
            t -> t.withLti("message_type", "LtiStartProctoring"),
            Rule.MESSAGE_TYPE,
            "LtiStartProctoring"),
        bad("no roles", t -> t.withoutLti("roles"), Rule.ROLES, "no roles"),
        bad("no deployment_id", t -> t.withoutLti("deployment_id"), Rule.DEPLOYMENT, "no deploy"),
        bad(
            "unknown deployment_id",
            t -> t.withLti("deployment_id", "elsewhere"),
            Rule.DEPLOYMENT,
            "elsewhere"),
        bad(
            "no resource_link.id",
            t -> t.withLti("resource_link", Map.of("title", "t")),
            Rule.RESOURCE_LINK,
            "resource_link.id"),
        bad("no sub", t -> t.without("sub"), Rule.SUBJECT, "no 'sub'"),
        bad(
            "expired",
            t -> t.issuedAt(now.minusSeconds(3600)).expiresAt(now.minusSeconds(600)),
            Rule.EXPIRY,
            "expired"),
        bad("no exp", t -> t.without("exp"), Rule.EXPIRY, "no 'exp'"),
        bad("no iat", t -> t.without("iat"), Rule.ISSUED_AT, "no 'iat'"),
        bad(
            "iat in the future",
            t -> t.issuedAt(now.plusSeconds(3600)).expiresAt(now.plusSeconds(3900)),
            Rule.ISSUED_AT,
            "future"),
        bad("wrong aud", t -> t.with("aud", "someone-else"), Rule.AUDIENCE, "someone-else"),
        bad("wrong iss", t -> t.with("iss", "https://evil.example"), Rule.ISSUER, "evil"),
        bad(
            "nonce of another login",
            t -> t.with("nonce", "replayed-nonce"),
            Rule.NONCE,
            "another login"),
        bad("no nonce", t -> t.without("nonce"), Rule.NONCE, "no 'nonce'"),
        bad(
            "no target_link_uri",
            t -> t.withoutLti("target_link_uri"),
            Rule.TARGET_LINK_URI,
            "target"),
        bad("no module", t -> t.withLti("custom", Map.of()), Rule.MODULE, "module=<module id>"));
  }

  private static Arguments bad(
      String name, Function<IdTokens, IdTokens> breakIt, Rule rule, String detailPart) {
    return Arguments.of(name, breakIt, rule, detailPart);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("knownBadLaunches")
  void isRefusedWithItsRuleAndWritesNothing(
      String name, Function<IdTokens, IdTokens> breakIt, Rule rule, String detailPart) {
    int launchesBefore = LtiFlow.launches(platform.issuer());
    LtiFlow.Login login = LtiFlow.login(platform, CLIENT);
    IdTokens token = breakIt.apply(platform.idToken(CLIENT, DEPLOYMENT, login.nonce()));

    HttpResponse<String> refused = LtiFlow.launch(token.serialize(), login.state());

    assertEquals(rule.status(), refused.statusCode(), refused.body());
    assertTrue(refused.statusCode() >= 400 && refused.statusCode() < 500);
    JsonNode problem = ServerUnderTest.json(refused);
    assertEquals(rule.type(), problem.path("type").asText(), refused.body());
    assertTrue(
        problem.path("detail").asText().contains(detailPart),
        () -> name + ": '" + problem.path("detail").asText() + "' lacks '" + detailPart + "'");
    assertFalse(refused.body().contains("Exception"));
    if (token.subject() != null) {
      assertEquals(0, LtiFlow.people(platform.issuer(), token.subject()), "no person for " + name);
    }
    assertEquals(launchesBefore, LtiFlow.launches(platform.issuer()), "no launch for " + name);
  }

  @Test
  void notAJwtIsRefused() {
    LtiFlow.Login login = LtiFlow.login(platform, CLIENT);
    HttpResponse<String> refused = LtiFlow.launch("definitely-not-a-jwt", login.state());
    assertEquals(400, refused.statusCode());
    assertEquals(Rule.ID_TOKEN.type(), ServerUnderTest.json(refused).path("type").asText());
  }

  @Test
  void aLaunchWithoutIdTokenOrStateIsRefused() {
    LtiFlow.Login login = LtiFlow.login(platform, CLIENT);
    assertEquals(
        Rule.ID_TOKEN.type(),
        ServerUnderTest.json(LtiFlow.launch(null, login.state())).path("type").asText());
    String token = platform.idToken(CLIENT, DEPLOYMENT, login.nonce()).serialize();
    HttpResponse<String> noState = LtiFlow.launch(token, null);
    assertEquals(401, noState.statusCode());
    assertEquals(Rule.STATE.type(), ServerUnderTest.json(noState).path("type").asText());
    HttpResponse<String> forgedState = LtiFlow.launch(token, "made-up-state");
    assertEquals(Rule.STATE.type(), ServerUnderTest.json(forgedState).path("type").asText());
  }

  @Test
  void aRefusedLaunchLeavesTheLoginUsableForAValidToken() {
    LtiFlow.Login login = LtiFlow.login(platform, CLIENT);
    IdTokens valid = platform.idToken(CLIENT, DEPLOYMENT, login.nonce());
    assertEquals(401, LtiFlow.launch(valid.withoutKid().serialize(), login.state()).statusCode());
    IdTokens again = platform.idToken(CLIENT, DEPLOYMENT, login.nonce());
    assertEquals(302, LtiFlow.launch(again.serialize(), login.state()).statusCode());
  }
}
