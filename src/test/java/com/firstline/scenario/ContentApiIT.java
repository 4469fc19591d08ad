package com.firstline.scenario;

import static com.firstline.testing.ServerUnderTest.get;
import static com.firstline.testing.ServerUnderTest.json;
import static com.firstline.testing.ServerUnderTest.send;
import static com.firstline.testing.ServerUnderTest.uri;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The catalog and the content linter, seen from outside. */
class ContentApiIT {
  private static final Path CONTENT = Path.of(System.getProperty("it.content.dir", "content"));

  @Test
  void catalogListsTheTwelveShippedModules() {
    HttpResponse<String> response = get("/api/modules");
    assertEquals(200, response.statusCode());
    JsonNode catalog = json(response);
    Set<String> ids = new HashSet<>();
    for (JsonNode module : catalog.path("modules")) {
      ids.add(module.path("id").asString());
      assertTrue(module.path("version").asInt() >= 1);
      assertTrue(module.path("minutes").asInt() > 0);
      assertTrue(!module.path("title").asString().isBlank());
    }
    assertTrue(
        ids.containsAll(
            Set.of(
                "mistake-at-the-counter",
                "trust-on-the-spot",
                "listening-to-the-front-line",
                "fair-in-the-middle",
                "when-someone-is-struggling",
                "before-the-extra-mile",
                "the-caller-who-crossed-the-line",
                "heat-on-the-pass",
                "first-one-to-ones",
                "thanks-where-it-is-due",
                "from-colleague-to-boss",
                "near-miss-at-the-crossing")),
        ids.toString());
    assertEquals(0, catalog.path("refusedFiles").size(), catalog.toString());
  }

  @Test
  void unknownModuleIsANotFoundProblem() {
    HttpResponse<String> response = get("/api/modules/no-such-module");
    assertEquals(404, response.statusCode());
    assertTrue(json(response).path("detail").asString().contains("no-such-module"));
  }

  @Test
  void validFileIsAccepted() throws IOException {
    String text = Files.readString(CONTENT.resolve("trust-on-the-spot.yaml"));
    HttpResponse<String> response = validate(text);
    assertEquals(200, response.statusCode(), response.body());
    JsonNode body = json(response);
    assertTrue(body.path("valid").asBoolean());
    assertEquals("trust-on-the-spot", body.path("id").asString());
    JsonNode paths = body.path("paths");
    assertEquals(96, paths.path("paths").asInt(), paths.toString());
    assertTrue(paths.path("complete").asBoolean());
    assertEquals("trusted-desk", paths.path("endings").get(0).path("id").asString());
    assertEquals(0, body.path("warnings").size(), body.toString());
  }

  @Test
  void anEndingThatPassesOnlySometimesIsRefusedWithItsLine() throws IOException {
    String text =
        Files.readString(CONTENT.resolve("trust-on-the-spot.yaml"))
            .replace("  passing: 70", "  passing: 50")
            .replace("    outcome: mixed\n", "");
    HttpResponse<String> response = validate(text);
    assertEquals(422, response.statusCode(), response.body());
    JsonNode contradiction = null;
    for (JsonNode error : json(response).path("errors")) {
      if (error.path("message").asString().contains("story and its result disagree")) {
        contradiction = error;
      }
    }
    assertTrue(contradiction != null, response.body());
    assertTrue(contradiction.path("line").asInt() > 1);
    assertTrue(!contradiction.path("node").asString().isBlank());
  }

  @Test
  void brokenFileGets422WithLineAndNodeOfEachError() throws IOException {
    String text =
        Files.readString(CONTENT.resolve("trust-on-the-spot.yaml"))
            .replaceFirst("(?m)^(\\s+next:\\s+)([a-z0-9-]+)\\s*$", "$1nowhere-at-all");
    HttpResponse<String> response = validate(text);
    assertEquals(422, response.statusCode(), response.body());
    JsonNode problem = json(response);
    JsonNode first = problem.path("errors").get(0);
    assertTrue(first.path("message").asString().contains("nowhere-at-all"), problem.toString());
    assertTrue(first.path("line").asInt() > 1);
    assertTrue(!first.path("node").asString().isBlank());
  }

  @Test
  void yamlSyntaxErrorIsReportedWithItsLine() {
    HttpResponse<String> response = validate("id: broken\ntitle: [unclosed\nsummary: x\n");
    assertEquals(422, response.statusCode());
    assertTrue(json(response).path("errors").get(0).path("line").asInt() >= 2, response.body());
  }

  @Test
  void oversizedFileIsRefusedWith413() {
    HttpResponse<String> response = validate("id: big\n" + "#".repeat(300_000));
    assertEquals(413, response.statusCode());
    assertEquals(413, json(response).path("status").asInt());
  }

  private static HttpResponse<String> validate(String yaml) {
    return send(
        HttpRequest.newBuilder(uri("/api/content/validate"))
            .header("Content-Type", "application/yaml")
            .POST(HttpRequest.BodyPublishers.ofString(yaml))
            .build());
  }
}
