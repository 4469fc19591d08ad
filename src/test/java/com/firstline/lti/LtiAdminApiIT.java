package com.firstline.lti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.firstline.lti.testplatform.TestPlatform;
import com.firstline.platform.errors.Problem;
import com.firstline.testing.ServerUnderTest;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The admin API for registrations and keys, and the public JWKS. */
class LtiAdminApiIT {
  private static final String REGISTRATIONS = "/api/admin/lti/registrations";

  private static HttpResponse<String> withAuthorization(String header) {
    HttpRequest.Builder request = HttpRequest.newBuilder(ServerUnderTest.uri(REGISTRATIONS)).GET();
    if (header != null) {
      request.header("Authorization", header);
    }
    return ServerUnderTest.send(request.build());
  }

  @Test
  void theBootstrapPropertyReachesTheServerAsItsAdminToken() {
    assertFalse(LtiFlow.ADMIN_TOKEN.isBlank(), "failsafe passes it.lti.admin-token");
    assertEquals(200, LtiFlow.admin("GET", REGISTRATIONS, null).statusCode());
  }

  @Test
  void withoutTheAdminTokenEveryCallIsUnauthorized() {
    for (String header : new String[] {null, "Bearer wrong-token", "Basic YWRtaW46YWRtaW4="}) {
      HttpResponse<String> refused = withAuthorization(header);
      assertEquals(401, refused.statusCode(), String.valueOf(header));
      assertEquals(401, ServerUnderTest.json(refused).path("status").asInt());
    }
    HttpResponse<String> rotate =
        ServerUnderTest.send(
            HttpRequest.newBuilder(ServerUnderTest.uri("/api/admin/lti/keys/rotation"))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build());
    assertEquals(401, rotate.statusCode());
  }

  @Test
  void aRegistrationIsCreatedReadListedExtendedAndDeleted() {
    try (TestPlatform platform = TestPlatform.start("admin")) {
      long id = LtiFlow.register(platform, "client-x", "d-1");
      String path = REGISTRATIONS + "/" + id;

      JsonNode read = ServerUnderTest.json(LtiFlow.admin("GET", path, null));
      assertEquals(platform.issuer(), read.path("issuer").asText());
      assertEquals("client-x", read.path("clientId").asText());
      assertEquals(
          platform.tokenUrl(), read.path("tokenAudience").asText(), "defaults to token URL");
      assertEquals("d-1", read.path("deploymentIds").get(0).asText());

      boolean listed = false;
      for (JsonNode each : ServerUnderTest.json(LtiFlow.admin("GET", REGISTRATIONS, null))) {
        listed |= each.path("id").asLong() == id;
      }
      assertTrue(listed);

      HttpResponse<String> added =
          LtiFlow.admin("POST", path + "/deployments", Map.of("deploymentId", "d-2"));
      assertEquals(200, added.statusCode(), added.body());
      assertEquals(2, ServerUnderTest.json(added).path("deploymentIds").size());

      HttpResponse<String> again =
          LtiFlow.admin(
              "POST",
              REGISTRATIONS,
              Map.of(
                  "issuer", platform.issuer(),
                  "clientId", "client-x",
                  "authUrl", platform.authUrl(),
                  "tokenUrl", platform.tokenUrl(),
                  "jwksUrl", platform.jwksUrl()));
      assertEquals(409, again.statusCode());

      assertEquals(204, LtiFlow.admin("DELETE", path, null).statusCode());
      assertEquals(404, LtiFlow.admin("GET", path, null).statusCode());
    }
  }

  @Test
  void theSameRegistrationPostedAtOnceIsCreatedOnceAndConflictsOtherwise() throws Exception {
    String issuer = "https://lms-" + UUID.randomUUID() + ".example.edu";
    Map<String, Object> registration = new LinkedHashMap<>();
    registration.put("issuer", issuer);
    registration.put("clientId", "client-at-once");
    registration.put("authUrl", issuer + "/auth");
    registration.put("tokenUrl", issuer + "/token");
    registration.put("jwksUrl", issuer + "/jwks");
    registration.put("deploymentIds", List.of("d-1"));
    int callers = 8;
    ServerUnderTest.awaitReady();

    List<HttpResponse<String>> answers =
        atOnce(callers, () -> LtiFlow.admin("POST", REGISTRATIONS, registration));

    List<String> seen = answers.stream().map(a -> a.statusCode() + " " + a.body()).toList();
    assertEquals(1, answers.stream().filter(a -> a.statusCode() == 201).count(), seen::toString);
    assertEquals(
        callers - 1, answers.stream().filter(a -> a.statusCode() == 409).count(), seen::toString);
    long createdId = 0;
    for (HttpResponse<String> answer : answers) {
      if (answer.statusCode() == 201) {
        createdId = ServerUnderTest.json(answer).path("id").asLong();
        continue;
      }
      assertTrue(
          answer.headers().firstValue("Content-Type").orElse("").startsWith(Problem.MEDIA_TYPE),
          answer.headers()::toString);
      JsonNode problem = ServerUnderTest.json(answer);
      assertEquals(409, problem.path("status").asInt(), answer.body());
      assertTrue(problem.path("detail").asText().contains("exists already"), answer.body());
    }

    List<Long> stored = new ArrayList<>();
    for (JsonNode each : ServerUnderTest.json(LtiFlow.admin("GET", REGISTRATIONS, null))) {
      if (issuer.equals(each.path("issuer").asText())) {
        stored.add(each.path("id").asLong());
      }
    }
    assertEquals(List.of(createdId), stored, "one registration, the one answered 201");
    JsonNode created =
        ServerUnderTest.json(LtiFlow.admin("GET", REGISTRATIONS + "/" + createdId, null));
    assertEquals(List.of("d-1"), texts(created.path("deploymentIds")));
    assertEquals(204, LtiFlow.admin("DELETE", REGISTRATIONS + "/" + createdId, null).statusCode());
  }

  /** Makes the call from as many threads, released at the same moment; their answers. */
  private static <T> List<T> atOnce(int times, Callable<T> call) throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(times);
    try {
      CyclicBarrier start = new CyclicBarrier(times);
      List<Future<T>> running = new ArrayList<>();
      for (int i = 0; i < times; i++) {
        running.add(
            threads.submit(
                () -> {
                  start.await();
                  return call.call();
                }));
      }
      List<T> answers = new ArrayList<>();
      for (Future<T> each : running) {
        answers.add(each.get(60, TimeUnit.SECONDS));
      }
      return answers;
    } finally {
      threads.shutdownNow();
    }
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(each -> texts.add(each.asText()));
    return texts;
  }

  @Test
  void anInvalidRegistrationIsABadRequestListingEachMistake() {
    HttpResponse<String> refused =
        LtiFlow.admin(
            "POST",
            REGISTRATIONS,
            Map.of("issuer", "https://lms.example", "authUrl", "not a url", "tokenUrl", "ftp://x"));
    assertEquals(400, refused.statusCode(), refused.body());
    List<String> fields = new ArrayList<>();
    ServerUnderTest.json(refused).path("errors").forEach(e -> fields.add(e.path("field").asText()));
    assertTrue(
        fields.containsAll(List.of("clientId", "authUrl", "tokenUrl", "jwksUrl")),
        fields::toString);
  }

  @Test
  void theJwksPublishesRs256SigningKeysWithoutPrivateParts() {
    HttpResponse<String> jwks = ServerUnderTest.get("/lti/jwks");
    assertEquals(200, jwks.statusCode());
    JsonNode keys = ServerUnderTest.json(jwks).path("keys");
    assertTrue(keys.size() >= 1, jwks.body());
    for (JsonNode key : keys) {
      assertEquals("RSA", key.path("kty").asText());
      assertEquals("RS256", key.path("alg").asText());
      assertEquals("sig", key.path("use").asText());
      assertFalse(key.path("kid").asText().isBlank());
      assertTrue(key.path("d").isMissingNode(), "no private exponent");
      assertTrue(key.path("p").isMissingNode(), "no private prime");
    }
  }

  @Test
  void rotationSignsWithANewKeyAndKeepsThePreviousOnePublished() {
    HttpResponse<String> first = LtiFlow.admin("POST", "/api/admin/lti/keys/rotation", null);
    assertEquals(200, first.statusCode(), first.body());
    String previous = ServerUnderTest.json(first).path("signingKid").asText();

    JsonNode second =
        ServerUnderTest.json(LtiFlow.admin("POST", "/api/admin/lti/keys/rotation", null));
    String current = second.path("signingKid").asText();
    assertNotEquals(previous, current);
    List<String> published = new ArrayList<>();
    second.path("publishedKids").forEach(k -> published.add(k.asText()));
    assertEquals(List.of(current, previous), published);

    List<String> inJwks = new ArrayList<>();
    ServerUnderTest.json(ServerUnderTest.get("/lti/jwks"))
        .path("keys")
        .forEach(k -> inJwks.add(k.path("kid").asText()));
    assertEquals(List.of(current, previous), inJwks);
  }
}
