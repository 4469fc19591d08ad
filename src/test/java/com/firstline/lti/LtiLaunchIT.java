package com.firstline.lti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.firstline.lti.launch.Rule;
import com.firstline.lti.testplatform.IdTokens;
import com.firstline.lti.testplatform.TestPlatform;
import com.firstline.testing.ServerUnderTest;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Real launches from a test platform through /lti/login and /lti/launch into the running server.
 */
class LtiLaunchIT {
  private static final String CLIENT = "firstline-client";
  private static final String DEPLOYMENT = "deployment-1";

  private static TestPlatform platform;

  @BeforeAll
  static void registerPlatform() {
    platform = TestPlatform.start("launch");
    LtiFlow.register(platform, CLIENT, DEPLOYMENT);
  }

  @AfterAll
  static void stopPlatform() {
    platform.close();
  }

  private static HttpResponse<String> launchWith(UnaryOperator<IdTokens> variant) {
    LtiFlow.Login login = LtiFlow.login(platform, CLIENT);
    IdTokens token = variant.apply(platform.idToken(CLIENT, DEPLOYMENT, login.nonce()));
    return LtiFlow.launch(token.serialize(), login.state());
  }

  private static JWTClaimsSet session(HttpResponse<String> launched) {
    String location = launched.headers().firstValue("Location").orElseThrow();
    try {
      return SignedJWT.parse(location.substring(location.indexOf("#session=") + 9))
          .getJWTClaimsSet();
    } catch (ParseException e) {
      throw new AssertionError("No session token in " + location, e);
    }
  }

  @Test
  void theLoginRedirectsToThePlatformWithAnOidcRequest() {
    LtiFlow.Login login = LtiFlow.login(platform, CLIENT);
    Map<String, String> query = login.query();
    assertEquals("openid", query.get("scope"));
    assertEquals("id_token", query.get("response_type"));
    assertEquals("form_post", query.get("response_mode"));
    assertEquals("none", query.get("prompt"));
    assertEquals(CLIENT, query.get("client_id"));
    assertEquals(ServerUnderTest.baseUrl() + "/lti/launch", query.get("redirect_uri"));
    assertEquals("hint-42", query.get("login_hint"));
    assertEquals("message-42", query.get("lti_message_hint"));
    assertTrue(login.state().length() >= 32);
    assertTrue(login.nonce().length() >= 32);
    assertTrue(login.cookie().startsWith("lti_state_" + login.state()), login.cookie());
    assertTrue(login.cookie().contains("SameSite=Lax"), "plain HTTP cannot set SameSite=None");
  }

  @Test
  void theLoginWorksByPostToo() {
    String form =
        LtiFlow.loginParameters(platform, null).entrySet().stream()
            .map(
                e ->
                    e.getKey()
                        + "="
                        + java.net.URLEncoder.encode(
                            e.getValue(), java.nio.charset.StandardCharsets.UTF_8))
            .reduce((a, b) -> a + "&" + b)
            .orElseThrow();
    HttpResponse<String> redirect =
        ServerUnderTest.send(
            HttpRequest.newBuilder(ServerUnderTest.uri("/lti/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
    assertEquals(302, redirect.statusCode(), redirect.body());
    assertTrue(
        redirect.headers().firstValue("Location").orElseThrow().startsWith(platform.authUrl()));
  }

  @Test
  void aLearnerIsSentToThePlayerWithASessionForThisLaunch() {
    LtiFlow.Login login = LtiFlow.login(platform, CLIENT);
    IdTokens token = platform.idToken(CLIENT, DEPLOYMENT, login.nonce());
    HttpResponse<String> launched = LtiFlow.launch(token.serialize(), login.state());

    assertEquals(302, launched.statusCode(), launched.body());
    String location = launched.headers().firstValue("Location").orElseThrow();
    assertTrue(
        location.startsWith("/play/?module=" + IdTokens.DEFAULT_MODULE + "#session="), location);
    JWTClaimsSet session = session(launched);
    assertEquals(List.of("MANAGER"), session.getClaim("roles"));
    String launchId = (String) session.getClaim("launch");
    assertNotNull(launchId);
    assertEquals(1, LtiFlow.people(platform.issuer(), token.subject()));
    assertEquals(IdTokens.DEFAULT_MODULE, LtiFlow.launchColumn(launchId, "module_id"));
    assertEquals(
        "https://lms.example.edu/courses/1/lineitems/7",
        LtiFlow.launchColumn(launchId, "ags_lineitem"));
    assertEquals(
        "https://lms.example.edu/courses/1/lineitems",
        LtiFlow.launchColumn(launchId, "ags_lineitems"));
    assertTrue(LtiFlow.launchColumn(launchId, "ags_scopes").contains("/scope/score"));
    assertEquals(
        "https://lms.example.edu/courses/1/memberships",
        LtiFlow.launchColumn(launchId, "nrps_memberships_url"));
    assertEquals("course-1", LtiFlow.launchColumn(launchId, "context_id"));
    assertEquals("link-1", LtiFlow.launchColumn(launchId, "resource_link_id"));
    assertEquals(DEPLOYMENT, LtiFlow.launchColumn(launchId, "deployment_id"));
  }

  @Test
  void anInstructorIsSentToTheTrainerPages() {
    HttpResponse<String> launched =
        launchWith(t -> t.withRoles(IdTokens.LEARNER, IdTokens.INSTRUCTOR));
    assertEquals(302, launched.statusCode(), launched.body());
    assertTrue(launched.headers().firstValue("Location").orElseThrow().startsWith("/trainer/"));
    assertEquals(List.of("MANAGER", "TRAINER"), session(launched).getClaim("roles"));
  }

  @Test
  void certificationVariantsAreAccepted() {
    Map<String, UnaryOperator<IdTokens>> variants =
        Map.of(
            "short role", t -> t.withRoles("Instructor"),
            "unknown role", t -> t.withRoles("http://example.com/roles#Wizard"),
            "no role", t -> t.withRoles(),
            "no personal data", IdTokens::withoutPersonalData,
            "email only", t -> t.without("name").without("given_name").without("family_name"),
            "names only", t -> t.without("email"),
            "no context", t -> t.withoutLti("context"),
            "array aud with azp", t -> t.with("aud", List.of(CLIENT, "other")).with("azp", CLIENT));
    variants.forEach(
        (name, variant) -> {
          HttpResponse<String> launched = launchWith(variant);
          assertEquals(302, launched.statusCode(), name + ": " + launched.body());
        });
  }

  @Test
  void theSameLaunchCannotBeReplayed() {
    LtiFlow.Login login = LtiFlow.login(platform, CLIENT);
    String token = platform.idToken(CLIENT, DEPLOYMENT, login.nonce()).serialize();
    assertEquals(302, LtiFlow.launch(token, login.state()).statusCode());
    HttpResponse<String> replay = LtiFlow.launch(token, login.state());
    assertEquals(401, replay.statusCode());
    assertEquals(Rule.STATE.type(), ServerUnderTest.json(replay).path("type").asText());
  }

  @Test
  void aLinkWithoutModuleGetsAClearPageForAPerson() {
    LtiFlow.Login login = LtiFlow.login(platform, CLIENT);
    String token =
        platform.idToken(CLIENT, DEPLOYMENT, login.nonce()).withLti("custom", Map.of()).serialize();
    HttpResponse<String> page =
        ServerUnderTest.send(
            HttpRequest.newBuilder(ServerUnderTest.uri("/lti/launch"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html,application/xhtml+xml")
                .header("Cookie", LtiFlow.stateCookie(login.state()))
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "id_token=" + token + "&state=" + login.state()))
                .build());
    assertEquals(400, page.statusCode());
    assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    assertTrue(page.body().contains("module=&lt;module id&gt;"), page.body());
    assertFalse(page.body().contains("Exception"));
  }

  @Test
  void aDeepLinkingRequestIsAnsweredWithTheModuleChooser() {
    HttpResponse<String> page =
        launchWith(
            t ->
                t.withLti("message_type", "LtiDeepLinkingRequest")
                    .withoutLti("resource_link")
                    .withRoles(IdTokens.INSTRUCTOR)
                    .with(
                        "https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings",
                        Map.of("deep_link_return_url", "https://lms.example.edu/dl")));
    assertEquals(200, page.statusCode(), page.body());
    assertTrue(page.body().contains("Add Firstline modules"), page.body());
  }

  @Test
  void aRotatedPlatformKeyIsFetchedOnItsFirstUnknownKid() {
    try (TestPlatform rotating = TestPlatform.start("rotating")) {
      LtiFlow.register(rotating, CLIENT, DEPLOYMENT);
      LtiFlow.Login first = LtiFlow.login(rotating, CLIENT);
      assertEquals(
          302,
          LtiFlow.launch(
                  rotating.idToken(CLIENT, DEPLOYMENT, first.nonce()).serialize(), first.state())
              .statusCode());
      int fetchesBefore = rotating.jwksRequests();

      rotating.rotateKey();
      LtiFlow.Login second = LtiFlow.login(rotating, CLIENT);
      HttpResponse<String> launched =
          LtiFlow.launch(
              rotating.idToken(CLIENT, DEPLOYMENT, second.nonce()).serialize(), second.state());

      assertEquals(302, launched.statusCode(), launched.body());
      assertEquals(fetchesBefore + 1, rotating.jwksRequests());
    }
  }

  @Test
  void twoRegistrationsOnOneIssuerAreKeptApart() {
    try (TestPlatform shared = TestPlatform.start("shared")) {
      LtiFlow.register(shared, "client-a", "deployment-a");
      LtiFlow.register(shared, "client-b", "deployment-b");

      HttpResponse<String> ambiguous = LtiFlow.loginResponse(LtiFlow.loginParameters(shared, null));
      assertEquals(400, ambiguous.statusCode());
      assertTrue(ServerUnderTest.json(ambiguous).path("detail").asText().contains("client_id"));

      LtiFlow.Login loginA = LtiFlow.login(shared, "client-a");
      IdTokens forB = shared.idToken("client-b", "deployment-b", loginA.nonce());
      HttpResponse<String> crossed = LtiFlow.launch(forB.serialize(), loginA.state());
      assertEquals(401, crossed.statusCode());
      assertEquals(Rule.AUDIENCE.type(), ServerUnderTest.json(crossed).path("type").asText());

      IdTokens deploymentOfB = shared.idToken("client-a", "deployment-b", loginA.nonce());
      HttpResponse<String> wrongDeployment =
          LtiFlow.launch(deploymentOfB.serialize(), loginA.state());
      assertEquals(
          Rule.DEPLOYMENT.type(), ServerUnderTest.json(wrongDeployment).path("type").asText());

      IdTokens forA = shared.idToken("client-a", "deployment-a", loginA.nonce());
      assertEquals(302, LtiFlow.launch(forA.serialize(), loginA.state()).statusCode());
      LtiFlow.Login loginB = LtiFlow.login(shared, "client-b");
      assertEquals(
          302,
          LtiFlow.launch(
                  shared.idToken("client-b", "deployment-b", loginB.nonce()).serialize(),
                  loginB.state())
              .statusCode());
    }
  }

  @Test
  void anUnknownIssuerCannotLogIn() {
    try (TestPlatform stranger = TestPlatform.start("stranger")) {
      HttpResponse<String> refused = LtiFlow.loginResponse(LtiFlow.loginParameters(stranger, null));
      assertEquals(400, refused.statusCode());
      assertTrue(ServerUnderTest.json(refused).path("detail").asText().contains("registered"));
    }
  }

  @Test
  void aLoginWithoutItsRequiredParametersIsABadRequest() {
    HttpResponse<String> refused = LtiFlow.loginResponse(Map.of("iss", platform.issuer()));
    assertEquals(400, refused.statusCode());
    assertEquals(2, ServerUnderTest.json(refused).path("errors").size());
  }
}
