package com.firstline.lti.dynamicregistration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.firstline.lti.LtiFlow;
import com.firstline.testing.ServerUnderTest;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Dynamic registration against the running server: an admin's one-time link, opened by a test
 * platform the way an LMS opens it, registers Firstline there and stores a registration that
 * launches; used, unknown and missing codes register nothing.
 */
class DynamicRegistrationIT {
  private final RegisteringPlatform platform = new RegisteringPlatform();

  @AfterEach
  void stopPlatform() {
    platform.close();
  }

  private static String newLink() {
    HttpResponse<String> created = LtiFlow.admin("POST", "/api/admin/lti/registration-links", null);
    assertEquals(201, created.statusCode(), created.body());
    JsonNode link = ServerUnderTest.json(created);
    assertTrue(link.path("expiresAt").asString().length() > 10, created.body());
    return link.path("url").asString();
  }

  private HttpResponse<String> open(String link, String token) {
    String url =
        link
            + (link.contains("?") ? "&" : "?")
            + "openid_configuration="
            + URLEncoder.encode(platform.configurationUrl(), StandardCharsets.UTF_8)
            + (token == null
                ? ""
                : "&registration_token=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
    return ServerUnderTest.send(
        HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").GET().build());
  }

  private List<JsonNode> storedRegistrations() {
    HttpResponse<String> all = LtiFlow.admin("GET", "/api/admin/lti/registrations", null);
    assertEquals(200, all.statusCode(), all.body());
    return StreamSupport.stream(ServerUnderTest.json(all).spliterator(), false)
        .filter(r -> platform.issuer().equals(r.path("issuer").asString()))
        .toList();
  }

  @Test
  void aRegistrationLinkRegistersFirstlineAndThePlatformCanThenLaunch() {
    String link = newLink();
    assertTrue(link.startsWith(ServerUnderTest.baseUrl() + "/lti/register?code="), link);

    HttpResponse<String> done = open(link, platform.registrationToken());
    assertEquals(200, done.statusCode(), done.body());
    assertTrue(done.body().contains("src=\"/js/lti/registration-close.js\""), done.body());
    assertTrue(done.body().contains("Firstline is registered"), done.body());

    assertEquals(1, platform.registrations().size(), "one registration request");
    JsonNode sent = JsonMapper.builder().build().readTree(platform.registrations().get(0));
    String launchUrl = ServerUnderTest.baseUrl() + "/lti/launch";
    assertEquals("Firstline", sent.path("client_name").asString());
    assertEquals(launchUrl, sent.path("redirect_uris").get(0).asString());
    assertEquals(
        ServerUnderTest.baseUrl() + "/lti/login", sent.path("initiate_login_uri").asString());
    assertEquals(ServerUnderTest.baseUrl() + "/lti/jwks", sent.path("jwks_uri").asString());

    List<JsonNode> stored = storedRegistrations();
    assertEquals(1, stored.size());
    JsonNode registration = stored.get(0);
    assertEquals(platform.clientId(), registration.path("clientId").asString());
    assertEquals(platform.issuer() + "/auth", registration.path("authUrl").asString());
    assertEquals(platform.issuer() + "/jwks", registration.path("jwksUrl").asString());
    assertEquals(
        RegisteringPlatform.DEPLOYMENT_ID, registration.path("deploymentIds").get(0).asString());

    HttpResponse<String> launched = launch();
    assertEquals(302, launched.statusCode(), launched.body());
    assertTrue(
        launched.headers().firstValue("Location").orElseThrow().startsWith("/play/?module="),
        launched.headers().toString());

    HttpResponse<String> again = open(link, platform.registrationToken());
    assertEquals(403, again.statusCode(), again.body());
    assertTrue(again.body().contains("not valid"), again.body());
    assertEquals(1, platform.registrations().size(), "a used link calls the platform no more");
  }

  @Test
  void anUnknownCodeIsRefusedBeforeThePlatformIsCalled() {
    HttpResponse<String> refused =
        open(
            ServerUnderTest.baseUrl() + "/lti/register?code=made-up", platform.registrationToken());
    assertEquals(403, refused.statusCode(), refused.body());
    assertTrue(refused.body().contains("Firstline could not be registered"), refused.body());
    assertTrue(refused.body().contains("/problems/lti/registration-code"), refused.body());

    HttpResponse<String> noCode =
        open(ServerUnderTest.baseUrl() + "/lti/register", platform.registrationToken());
    assertEquals(403, noCode.statusCode(), noCode.body());

    assertEquals(0, platform.configurationRequests());
    assertEquals(List.of(), platform.registrations());
    assertEquals(List.of(), storedRegistrations());
  }

  @Test
  void aPlatformRefusalStoresNothingAndLeavesTheLinkUsable() {
    String link = newLink();
    HttpResponse<String> refused = open(link, "wrong-token");
    assertEquals(400, refused.statusCode(), refused.body());
    assertTrue(refused.body().contains("answered 401"), refused.body());
    assertTrue(!refused.body().contains("wrong-token"), "the token is not echoed");
    assertEquals(List.of(), storedRegistrations());

    HttpResponse<String> done = open(link, platform.registrationToken());
    assertEquals(200, done.statusCode(), done.body());
    assertEquals(1, storedRegistrations().size());
  }

  @Test
  void aLinkNeedsTheAdminToken() {
    HttpResponse<String> refused =
        ServerUnderTest.send(
            HttpRequest.newBuilder(ServerUnderTest.uri("/api/admin/lti/registration-links"))
                .header("Authorization", "Bearer not-the-admin-token")
                .POST(HttpRequest.BodyPublishers.noBody())
                .build());
    assertEquals(401, refused.statusCode(), refused.body());
  }

  @Test
  void aRequestWithoutAConfigurationIsABadRequest() {
    HttpResponse<String> refused =
        ServerUnderTest.send(
            HttpRequest.newBuilder(URI.create(newLink()))
                .header("Accept", "text/html")
                .GET()
                .build());
    assertEquals(400, refused.statusCode(), refused.body());
    assertTrue(refused.body().contains("openid_configuration"), refused.body());
  }

  /** A learner launch through the stored registration: our login, the platform's id_token. */
  private HttpResponse<String> launch() {
    HttpResponse<String> login =
        LtiFlow.loginResponse(
            Map.of(
                "iss",
                platform.issuer(),
                "login_hint",
                "hint-7",
                "target_link_uri",
                ServerUnderTest.baseUrl() + "/lti/launch",
                "client_id",
                platform.clientId(),
                "lti_deployment_id",
                RegisteringPlatform.DEPLOYMENT_ID));
    assertEquals(302, login.statusCode(), login.body());
    Map<String, String> auth =
        LtiFlow.query(URI.create(login.headers().firstValue("Location").orElseThrow()));
    assertEquals(
        platform.issuer() + "/auth", login.headers().firstValue("Location").get().split("\\?")[0]);
    return LtiFlow.launch(platform.idToken(auth.get("nonce")).serialize(), auth.get("state"));
  }
}
