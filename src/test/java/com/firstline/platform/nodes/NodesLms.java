package com.firstline.platform.nodes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.firstline.lti.FormEncoding;
import com.firstline.lti.LtiFlow;
import com.firstline.lti.testplatform.IdTokens;
import com.firstline.lti.testplatform.PlatformServices;
import com.firstline.lti.testplatform.TestPlatform;
import com.firstline.testing.LibertyNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A test LMS with grade services, registered with Firstline, whose people may reach any node: each
 * call names the base URL of the node it goes to, as a load balancer in front of several nodes
 * would choose. Everything a node is asked is plain HTTP, so a node that is down shows as an {@link
 * java.io.UncheckedIOException}.
 */
final class NodesLms implements AutoCloseable {
  static final String CLIENT = "firstline-nodes";
  static final String DEPLOYMENT = "deployment-nodes";
  private static final String AGS = "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  final TestPlatform platform;
  final PlatformServices services;
  final String course = "course-" + UUID.randomUUID().toString().substring(0, 8);
  final String lineItem;

  /** Registers a new LMS through the admin API of the node at {@code adminBase}. */
  NodesLms(String name, String adminBase) {
    platform = TestPlatform.start(name);
    services = PlatformServices.start(adminBase + "/lti/jwks", CLIENT);
    lineItem = services.createLineItem(course, "link-1", "Lesson", 100);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("issuer", platform.issuer());
    body.put("clientId", CLIENT);
    body.put("authUrl", platform.authUrl());
    body.put("tokenUrl", services.tokenUrl());
    body.put("jwksUrl", platform.jwksUrl());
    body.put("deploymentIds", List.of(DEPLOYMENT));
    HttpResponse<String> created =
        LibertyNode.send(
            HttpRequest.newBuilder(URI.create(adminBase + "/api/admin/lti/registrations"))
                .header("Authorization", "Bearer " + LtiFlow.ADMIN_TOKEN)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .build());
    assertEquals(201, created.statusCode(), created.body());
  }

  /** A login begun at one node: what the platform received and the browser's state cookie. */
  record Login(String state, String nonce) {}

  /** Someone launched in: the session token and the LTI subject. */
  record Session(String token, String subject) {}

  Login login(String base) {
    HttpResponse<String> redirect = startLogin(base);
    assertEquals(302, redirect.statusCode(), redirect.body());
    return loginOf(redirect);
  }

  /** The platform's login initiation at the node at {@code base}, as it answered. */
  HttpResponse<String> startLogin(String base) {
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("iss", platform.issuer());
    parameters.put("login_hint", "hint-nodes");
    parameters.put("target_link_uri", base + "/lti/launch");
    parameters.put("client_id", CLIENT);
    return LibertyNode.send(
        HttpRequest.newBuilder(URI.create(base + "/lti/login?" + FormEncoding.of(parameters)))
            .timeout(Duration.ofSeconds(30))
            .GET()
            .build());
  }

  /** The state and nonce of a login from the node's redirect to the platform. */
  static Login loginOf(HttpResponse<String> redirect) {
    Map<String, String> query =
        LtiFlow.query(URI.create(redirect.headers().firstValue("Location").orElseThrow()));
    return new Login(query.get("state"), query.get("nonce"));
  }

  /** A learner's id_token for this login, with the course's line item to post the score to. */
  IdTokens learnerToken(Login login) {
    return platform
        .idToken(CLIENT, DEPLOYMENT, login.nonce())
        .withLti("context", Map.of("id", course, "title", "Course " + course))
        .withLti("custom", Map.of("module", IdTokens.DEFAULT_MODULE))
        .with(
            AGS,
            Map.of(
                "scope",
                List.of("https://purl.imsglobal.org/spec/lti-ags/scope/score"),
                "lineitem",
                lineItem));
  }

  /** The platform's form post of the id_token to the launch URL of the node at {@code base}. */
  static HttpResponse<String> postLaunch(String base, String idToken, String state) {
    return LibertyNode.send(
        HttpRequest.newBuilder(URI.create(base + "/lti/launch"))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "*/*")
            .header("Cookie", LtiFlow.stateCookie(state))
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    FormEncoding.of(Map.of("id_token", idToken, "state", state))))
            .build());
  }

  /** A learner's login at one node and launch at another (or the same); answers the session. */
  Session launch(String loginBase, String launchBase) {
    Login login = login(loginBase);
    IdTokens token = learnerToken(login);
    HttpResponse<String> launched = postLaunch(launchBase, token.serialize(), login.state());
    assertEquals(302, launched.statusCode(), launched.body());
    return sessionOf(launched, token.subject());
  }

  /** The session a launch opened, from its redirect to the player. */
  static Session sessionOf(HttpResponse<String> launched, String subject) {
    String location = launched.headers().firstValue("Location").orElseThrow();
    return new Session(location.substring(location.indexOf("#session=") + 9), subject);
  }

  static HttpResponse<String> call(
      String base, String token, String method, String path, String json) {
    return LibertyNode.send(
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  static HttpResponse<String> startAttempt(String base, Session session) {
    return call(
        base,
        session.token(),
        "POST",
        "/api/attempts",
        "{\"moduleId\":\"" + IdTokens.DEFAULT_MODULE + "\"}");
  }

  /** The first choice of the scene the attempt is at, sent for its current step. */
  static HttpResponse<String> chooseFirst(String base, Session session, JsonNode attempt) {
    return call(
        base,
        session.token(),
        "POST",
        "/api/attempts/" + attempt.path("id").asLong() + "/choices",
        "{\"step\":" + stepOf(attempt) + ",\"choiceId\":\"" + firstChoice(attempt) + "\"}");
  }

  static String firstChoice(JsonNode attempt) {
    return attempt.path("scene").path("choices").get(0).path("id").asString();
  }

  static boolean inProgress(JsonNode attempt) {
    return "IN_PROGRESS".equals(attempt.path("status").asString());
  }

  static int stepOf(JsonNode attempt) {
    return attempt.path("step").asInt();
  }

  static JsonNode json(HttpResponse<String> response) {
    return parse(response.body());
  }

  static JsonNode parse(String json) {
    return JSON.readTree(json);
  }

  @Override
  public void close() {
    services.close();
    platform.close();
  }
}
