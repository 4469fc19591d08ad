package com.firstline.player;

import static com.firstline.testing.Api.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.firstline.testing.Api;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The attempt API from outside: resume, idempotent and stale submissions, ownership, completion.
 */
class AttemptsIT {
  private static final String MODULE = "trust-on-the-spot";

  private static Api newManager() {
    return Api.signIn("Manager " + UUID.randomUUID(), "MANAGER");
  }

  private static JsonNode start(Api api, boolean restart) {
    return expect(
        200,
        api.post("/api/attempts", "{\"moduleId\":\"" + MODULE + "\",\"restart\":" + restart + "}"));
  }

  private static String firstChoice(JsonNode attempt) {
    return attempt.path("scene").path("choices").get(0).path("id").asString();
  }

  private static String choose(int step, String choiceId) {
    return "{\"step\":" + step + ",\"choiceId\":\"" + choiceId + "\"}";
  }

  @Test
  void aNewAttemptStartsAtTheIntroWithTheFirstScene() {
    JsonNode attempt = start(newManager(), false);
    assertEquals(0, attempt.path("step").asInt());
    assertEquals("IN_PROGRESS", attempt.path("status").asString());
    assertFalse(attempt.path("intro").path("objectives").isEmpty());
    assertTrue(attempt.path("scene").path("choices").size() >= 2);
    assertTrue(
        attempt.path("lastFeedback").isNull() || attempt.path("lastFeedback").isMissingNode());
  }

  @Test
  void comingBackResumesTheSameAttemptWhereItWas() {
    Api manager = newManager();
    JsonNode first = start(manager, false);
    long id = first.path("id").asLong();
    JsonNode moved =
        expect(
            200, manager.post("/api/attempts/" + id + "/choices", choose(0, firstChoice(first))));
    JsonNode resumed = start(manager, false);
    assertEquals(id, resumed.path("id").asLong());
    assertEquals(1, resumed.path("step").asInt());
    assertEquals(moved.path("scene").path("id"), resumed.path("scene").path("id"));
    assertFalse(resumed.path("lastFeedback").path("coachingHtml").asString().isBlank());
  }

  @Test
  void aDoubleSubmittedChoiceIsRecordedOnce() {
    Api manager = newManager();
    JsonNode attempt = start(manager, false);
    String path = "/api/attempts/" + attempt.path("id").asLong() + "/choices";
    String body = choose(0, firstChoice(attempt));
    JsonNode once = expect(200, manager.post(path, body));
    JsonNode twice = expect(200, manager.post(path, body));
    assertEquals(1, once.path("step").asInt());
    assertEquals(1, twice.path("step").asInt());
    assertEquals(1, twice.path("path").size());
  }

  @Test
  void aStaleSubmissionGets409WithTheCurrentState() {
    Api manager = newManager();
    JsonNode attempt = start(manager, false);
    String path = "/api/attempts/" + attempt.path("id").asLong() + "/choices";
    JsonNode scene = attempt.path("scene").path("choices");
    expect(200, manager.post(path, choose(0, scene.get(0).path("id").asString())));
    JsonNode conflict =
        expect(409, manager.post(path, choose(0, scene.get(1).path("id").asString())));
    assertEquals(1, conflict.path("current").path("step").asInt());
    assertEquals(1, conflict.path("current").path("path").size());
  }

  @Test
  void anotherPersonsAttemptIsForbiddenAndUnchanged() {
    Api owner = newManager();
    JsonNode attempt = start(owner, false);
    long id = attempt.path("id").asLong();
    Api stranger = newManager();
    expect(403, stranger.get("/api/attempts/" + id));
    expect(403, stranger.post("/api/attempts/" + id + "/choices", choose(0, firstChoice(attempt))));
    assertEquals(0, expect(200, owner.get("/api/attempts/" + id)).path("step").asInt());
  }

  @Test
  void aChoiceTheSceneDoesNotOfferIsRefusedAndChangesNothing() {
    Api manager = newManager();
    JsonNode attempt = start(manager, false);
    long id = attempt.path("id").asLong();
    JsonNode problem =
        expect(422, manager.post("/api/attempts/" + id + "/choices", choose(0, "no-such-choice")));
    assertTrue(problem.path("detail").asString().contains("no-such-choice"));
    assertEquals(0, expect(200, manager.get("/api/attempts/" + id)).path("step").asInt());
  }

  @Test
  void anUnknownModuleOrNoSessionIsAClearError() {
    expect(404, newManager().post("/api/attempts", "{\"moduleId\":\"no-such-module\"}"));
    expect(401, Api.anonymous().post("/api/attempts", "{\"moduleId\":\"" + MODULE + "\"}"));
    expect(400, newManager().post("/api/attempts", "{}"));
  }

  @Test
  void playingToAnEndingCompletesWithAScoreAndKeepsTheReflection() {
    Api manager = newManager();
    JsonNode attempt = start(manager, false);
    long id = attempt.path("id").asLong();
    for (int step = 0; attempt.path("status").asString().equals("IN_PROGRESS"); step++) {
      assertTrue(step < 60, "the module should end");
      attempt =
          expect(
              200,
              manager.post("/api/attempts/" + id + "/choices", choose(step, firstChoice(attempt))));
    }
    assertEquals("COMPLETED", attempt.path("status").asString());
    JsonNode ending = attempt.path("ending");
    assertEquals(100, ending.path("maximum").asInt());
    assertEquals(
        ending.path("score").asInt() >= ending.path("passing").asInt(),
        ending.path("passed").asBoolean());
    assertEquals(attempt.path("step").asInt(), attempt.path("path").size());
    JsonNode reflected =
        expect(
            200,
            manager.put("/api/attempts/" + id + "/reflection", "{\"text\":\"I will ask first.\"}"));
    assertEquals("I will ask first.", reflected.path("reflection").asString());
    expect(
        409,
        manager.post(
            "/api/attempts/" + id + "/choices", choose(attempt.path("step").asInt(), "x")));
    JsonNode again = start(manager, true);
    assertTrue(again.path("id").asLong() != id, "try again starts a new attempt");
  }

  @Test
  void goingBackWhereAllowedIsAStepOfItsOwn() {
    Api manager = newManager();
    JsonNode attempt = start(manager, false);
    long id = attempt.path("id").asLong();
    String startScene = attempt.path("scene").path("id").asString();
    JsonNode moved =
        expect(
            200, manager.post("/api/attempts/" + id + "/choices", choose(0, firstChoice(attempt))));
    assertTrue(moved.path("canGoBack").asBoolean(), "trust-on-the-spot allows going back");
    JsonNode back = expect(200, manager.post("/api/attempts/" + id + "/back", "{\"step\":1}"));
    assertEquals(startScene, back.path("scene").path("id").asString());
    assertEquals(2, back.path("step").asInt(), "history is kept: the back is step 2");
    assertEquals(0, back.path("path").size());
  }
}
