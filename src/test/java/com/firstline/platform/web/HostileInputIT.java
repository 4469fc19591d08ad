package com.firstline.platform.web;

import static com.firstline.testing.ServerUnderTest.json;
import static com.firstline.testing.ServerUnderTest.send;
import static com.firstline.testing.ServerUnderTest.uri;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.firstline.testing.Api;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Bodies nobody should send: broken JSON, JSON of the wrong shape, bodies too large, bodies without
 * a session, and a module file full of mistakes. Each gets a problem document, and the server's log
 * gets no stack trace for any of them.
 */
class HostileInputIT {
  private static final Path LOG =
      Path.of(
          System.getProperty("it.wlp.home", "target/liberty/wlp"),
          "usr/servers/firstline/logs/messages.log");

  private static Api manager() {
    return Api.signIn("Manager " + UUID.randomUUID(), "MANAGER");
  }

  private static JsonNode problem(int status, HttpResponse<String> response) {
    assertEquals(status, response.statusCode(), response.body());
    assertTrue(
        response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem"),
        response.headers().toString());
    return json(response);
  }

  @Test
  void brokenOrMisshapenJsonIsABadRequestNamingTheProblemAndNoStackTrace() throws IOException {
    long logBefore = Files.exists(LOG) ? Files.size(LOG) : 0;
    Api manager = manager();

    JsonNode unclosed = problem(400, manager.post("/api/attempts", "{"));
    assertEquals("The request body is not valid JSON.", unclosed.path("detail").asString());
    assertEquals(1, unclosed.path("errors").get(0).path("line").asInt(), unclosed.toString());

    JsonNode empty = problem(400, manager.post("/api/attempts", ""));
    assertTrue(empty.path("detail").asString().contains("needs a JSON body"), empty.toString());

    JsonNode array = problem(400, manager.post("/api/attempts", "[]"));
    assertTrue(array.path("detail").asString().contains("shape"), array.toString());

    JsonNode wrongType =
        problem(
            400, manager.post("/api/attempts", "{\"moduleId\": \"m\", \"restart\": {\"x\": 1}}"));
    assertFalse(wrongType.path("errors").get(0).path("message").asString().isBlank());

    JsonNode signIn =
        problem(
            400,
            Api.anonymous().post("/api/dev/sign-in", "{\"name\": [\"a\"], \"role\": \"MANAGER\"}"));
    assertEquals(400, signIn.path("status").asInt());

    String logged = newLog(logBefore);
    assertFalse(logged.contains("Unexpected failure"), logged);
    assertFalse(logged.contains("JsonbException"), logged);
  }

  @Test
  void aBodyWithoutASessionIsRefusedBeforeItIsRead() {
    // Larger than any limit: a 401 (not a 413) shows the session was checked first.
    JsonNode refused =
        problem(
            401,
            Api.anonymous()
                .post("/api/attempts", "{\"moduleId\":\"" + "x".repeat(2_000_000) + "\"}"));
    assertTrue(refused.path("detail").asString().contains("Sign in"), refused.toString());
  }

  @Test
  void aBodyOverTheLimitIsRefusedWith413WithOrWithoutALength() {
    Api manager = manager();
    String big = "{\"moduleId\":\"" + "x".repeat(1_100_000) + "\"}";
    problem(413, manager.post("/api/attempts", big));

    byte[] bytes = big.getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> chunked =
        manager.call(
            HttpRequest.newBuilder(uri("/api/attempts"))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(bytes))));
    assertEquals(413, json(chunked).path("status").asInt(), chunked.body());
  }

  @Test
  void aModuleFileFullOfMistakesGetsABoundedAnswer() {
    StringBuilder yaml = new StringBuilder("id: many-mistakes\ntitle: Many\n");
    for (int i = 0; yaml.length() < 109_000; i++) {
      yaml.append("unknown-field-").append(i).append(": value\n");
    }
    String fileName = "n".repeat(10_000) + ".yaml";
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(
                    uri(
                        "/api/content/validate?file="
                            + URLEncoder.encode(fileName, StandardCharsets.UTF_8)))
                .header("Content-Type", "application/yaml")
                .POST(HttpRequest.BodyPublishers.ofString(yaml.toString()))
                .build());

    assertEquals(422, response.statusCode(), response.body().substring(0, 500));
    assertTrue(
        response.body().length() < 60_000, "answer of " + response.body().length() + " chars");
    JsonNode problem = json(response);
    assertTrue(
        problem.path("detail").asString().contains("more are not"),
        problem.path("detail").toString());
    assertTrue(problem.path("errors").size() <= 100);
    // The 10,000-character name comes back once, cut to 120 characters.
    assertEquals(
        1, response.body().split("n{100}").length - 1, "the file name is echoed once, cut");
    assertFalse(response.body().contains("n".repeat(121)), "the file name is cut to 120");
  }

  private static String newLog(long from) throws IOException {
    if (!Files.exists(LOG)) {
      return "";
    }
    byte[] all = Files.readAllBytes(LOG);
    return new String(
        all,
        (int) Math.min(from, all.length),
        (int) Math.max(0, all.length - from),
        StandardCharsets.UTF_8);
  }
}
