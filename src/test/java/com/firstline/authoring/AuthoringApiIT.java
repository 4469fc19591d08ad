package com.firstline.authoring;

import static com.firstline.testing.Api.expect;
import static com.firstline.testing.ServerUnderTest.uri;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.firstline.testing.Api;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The authoring API against the running server: roles, locking, publishing, import and export. */
class AuthoringApiIT {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String SHIPPED = "mistake-at-the-counter";

  private static Api trainer() {
    return Api.signIn("Trainer " + UUID.randomUUID(), "TRAINER");
  }

  private static String newModule(Api trainer) {
    String id = "authored-" + UUID.randomUUID().toString().substring(0, 8);
    expect(
        201,
        trainer.post(
            "/api/authoring/modules", "{\"id\":\"" + id + "\",\"title\":\"Authored " + id + "\"}"));
    return id;
  }

  private static HttpResponse<String> put(Api api, String id, String etag, JsonNode document) {
    return api.call(
        HttpRequest.newBuilder(uri("/api/authoring/modules/" + id + "/draft"))
            .header("Content-Type", "application/json")
            .header("If-Match", etag)
            .PUT(HttpRequest.BodyPublishers.ofString("{\"document\":" + document + "}")));
  }

  private static HttpResponse<String> post(
      Api api, String path, String etag, String type, String body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", type)
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (etag != null) {
      request.header("If-Match", etag);
    }
    return api.call(request);
  }

  @Test
  void aLearnerIsRefusedOnEveryAuthoringEndpoint() {
    Api learner = Api.signIn("Manager " + UUID.randomUUID(), "MANAGER");
    String base = "/api/authoring/modules/" + SHIPPED;
    List<HttpResponse<String>> answers =
        List.of(
            learner.get("/api/authoring/modules"),
            learner.post("/api/authoring/modules", "{\"id\":\"x-learner\",\"title\":\"X\"}"),
            learner.get(base + "/draft"),
            put(learner, SHIPPED, "\"0\"", JSON.createObjectNode()),
            learner.post(base + "/check", "{\"document\":{}}"),
            post(learner, base + "/publish", "\"0\"", "application/json", ""),
            learner.get(base + "/versions"),
            learner.get(base + "/diff?from=1&to=1"),
            learner.get(base + "/export"),
            post(learner, base + "/import", "\"0\"", "application/yaml", "id: x"),
            learner.post(base + "/preview", "{}"),
            learner.post("/api/authoring/render", "{\"markdown\":\"x\"}"),
            learner.get(base + "/learners"),
            learner.get(base + "/learners.csv"));
    for (HttpResponse<String> answer : answers) {
      assertEquals(403, answer.statusCode(), answer.request().uri() + ": " + answer.body());
    }
    assertEquals(401, Api.anonymous().get("/api/authoring/modules").statusCode());
  }

  @Test
  void aSecondEditorBasedOnAnOldRevisionGets412WithTheCurrentDraft() {
    Api first = trainer();
    Api second = trainer();
    String id = newModule(first);
    HttpResponse<String> opened = first.get("/api/authoring/modules/" + id + "/draft");
    String etag = opened.headers().firstValue("ETag").orElseThrow();
    ObjectNode document = (ObjectNode) expect(200, opened).path("document");

    document.put("summary", "The first trainer's summary.");
    HttpResponse<String> saved = put(first, id, etag, document);
    assertEquals(200, saved.statusCode(), saved.body());
    assertFalse(etag.equals(saved.headers().firstValue("ETag").orElseThrow()));

    document.put("summary", "The second trainer's summary, based on the old revision.");
    JsonNode conflict = expect(412, put(second, id, etag, document));
    assertTrue(conflict.path("detail").asString().contains("Your text is still in your editor"));
    assertEquals(
        "The first trainer's summary.",
        conflict.path("current").path("document").path("summary").asString());
    assertEquals(
        428,
        first.put("/api/authoring/modules/" + id + "/draft", "{\"document\":{}}").statusCode());
  }

  @Test
  void publishingMakesTheNextVersionWhichTheCatalogOffersWithADiff() {
    Api trainer = trainer();
    String id = newModule(trainer);
    String base = "/api/authoring/modules/" + id;
    JsonNode v1 = expect(200, post(trainer, base + "/publish", "\"1\"", "application/json", ""));
    assertEquals(1, v1.path("version").asInt());
    assertEquals(
        409, post(trainer, base + "/publish", "\"1\"", "application/json", "").statusCode());

    HttpResponse<String> draft = trainer.get(base + "/draft");
    ObjectNode document = (ObjectNode) expect(200, draft).path("document");
    ((ObjectNode) document.path("nodes").path(0)).put("text", "A changed situation.");
    String etag =
        put(trainer, id, draft.headers().firstValue("ETag").orElseThrow(), document)
            .headers()
            .firstValue("ETag")
            .orElseThrow();
    assertEquals(
        2,
        expect(200, post(trainer, base + "/publish", etag, "application/json", ""))
            .path("version")
            .asInt());

    assertEquals(2, expect(200, Api.anonymous().get("/api/modules/" + id)).path("version").asInt());
    JsonNode versions = expect(200, trainer.get(base + "/versions")).path("versions");
    assertEquals(2, versions.size());
    assertEquals("EDITOR", versions.path(1).path("publishedFrom").asString());
    JsonNode changes = expect(200, trainer.get(base + "/diff?from=1&to=2")).path("changes");
    assertEquals(1, changes.size(), changes.toString());
    assertEquals("scene \"opening\"", changes.path(0).path("where").asString());
    assertEquals("A changed situation.", changes.path(0).path("after").asString());
  }

  @Test
  void anInvalidDraftShowsErrorsAtTheirNodesAndCannotBePublished() {
    Api trainer = trainer();
    String id = newModule(trainer);
    String base = "/api/authoring/modules/" + id;
    HttpResponse<String> draft = trainer.get(base + "/draft");
    ObjectNode document = (ObjectNode) expect(200, draft).path("document");
    ((ObjectNode) document.path("nodes").path(0).path("choices").path(0)).put("next", "nowhere");
    HttpResponse<String> saved =
        put(trainer, id, draft.headers().firstValue("ETag").orElseThrow(), document);
    JsonNode checked = expect(200, saved);
    assertFalse(checked.path("valid").asBoolean());
    assertEquals("opening", checked.path("errors").path(0).path("node").asString());
    assertEquals(
        "/nodes/0/choices/0/next", checked.path("errors").path(0).path("field").asString());
    JsonNode refused =
        expect(
            422,
            post(
                trainer,
                base + "/publish",
                saved.headers().firstValue("ETag").orElseThrow(),
                "application/json",
                ""));
    assertEquals("opening", refused.path("errors").path(0).path("node").asString());
  }

  @Test
  void exportThenImportRoundTripsEveryShippedModule() throws IOException {
    Api trainer = trainer();
    List<Path> files;
    try (Stream<Path> listing = Files.list(Path.of("content"))) {
      files = listing.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
    }
    for (Path file : files) {
      String shipped = file.getFileName().toString().replace(".yaml", "");
      String copy =
          shipped.substring(0, Math.min(shipped.length(), 40))
              + "-"
              + UUID.randomUUID().toString().substring(0, 6);
      expect(
          201,
          trainer.post(
              "/api/authoring/modules",
              "{\"id\":\"" + copy + "\",\"title\":\"Copy\",\"copyOf\":\"" + shipped + "\"}"));
      HttpResponse<String> exported = trainer.get("/api/authoring/modules/" + copy + "/export");
      assertEquals(200, exported.statusCode(), exported.body());
      JsonNode before =
          expect(200, trainer.get("/api/authoring/modules/" + copy + "/draft")).path("document");
      JsonNode imported =
          expect(
              200,
              post(
                  trainer,
                  "/api/authoring/modules/" + copy + "/import",
                  "\"1\"",
                  "application/yaml",
                  exported.body()));
      assertEquals(before, imported.path("document"), shipped);
      assertTrue(imported.path("valid").asBoolean(), imported.path("errors").toString());
    }
    String exactFile = Files.readString(Path.of("content/" + SHIPPED + ".yaml"));
    assertEquals(exactFile, trainer.get("/api/authoring/modules/" + SHIPPED + "/export").body());
  }

  @Test
  void aPreviewPlaysFromAnyNodeWithChosenValuesAndRecordsNothing() {
    Api trainer = trainer();
    String id = newModule(trainer);
    String base = "/api/authoring/modules/" + id;
    JsonNode start = expect(200, trainer.post(base + "/preview", "{}"));
    assertEquals("opening", start.path("nodeId").asString());
    assertEquals("first-response", start.path("choices").path(0).path("id").asString());
    JsonNode end =
        expect(
            200,
            trainer.post(
                base + "/preview",
                "{\"at\":\"opening\",\"variables\":{},\"choiceScoreSum\":0,\"choose\":\"first-response\"}"));
    assertEquals("ending", end.path("kind").asString());
    assertTrue(end.path("ending").path("passed").asBoolean());
    assertEquals(400, trainer.post(base + "/preview", "{\"at\":\"nowhere\"}").statusCode());
    assertEquals(
        0,
        expect(200, trainer.get(base + "/learners")).path("figures").path("attempts").asInt(),
        "a preview is no attempt");
  }

  @Test
  void anInvalidImportReplacesNothing() {
    Api trainer = trainer();
    String id = newModule(trainer);
    String base = "/api/authoring/modules/" + id;
    JsonNode refused =
        expect(
            422,
            post(
                trainer,
                base + "/import",
                "\"1\"",
                "application/yaml",
                "id: " + id + "\ntitle: [broken\n"));
    assertTrue(refused.path("errors").size() > 0);
    JsonNode draft = expect(200, trainer.get(base + "/draft"));
    assertEquals(1, draft.path("revision").asInt());
    assertEquals("Authored " + id, draft.path("document").path("title").asString());
  }

  @Test
  void markdownIsRenderedThroughThePlayersSanitizer() {
    JsonNode rendered =
        expect(
            200,
            trainer()
                .post(
                    "/api/authoring/render",
                    "{\"markdown\":\"**Hi** <script>alert(1)</script> <b onclick=x>b</b> [l](javascript:alert(1))\"}"));
    String html = rendered.path("html").asString();
    assertTrue(html.contains("<strong>Hi</strong>"), html);
    // Raw HTML shows as escaped text; the link keeps its words but loses its address.
    assertFalse(
        html.contains("<script")
            || html.contains("<b")
            || html.contains("href")
            || html.contains("javascript:"),
        html);
  }
}
