package com.firstline.player;

import static com.firstline.tracking.TrackingFlow.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.firstline.lti.testplatform.IdTokens;
import com.firstline.tracking.TrackingFlow;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A course link with the custom parameter {@code mode=assessment}: the API itself holds back the
 * coaching of every choice until the ending (what a curious manager reads in the network panel),
 * and the attempt keeps its mode when it is resumed, even from a launch that names another.
 */
class AssessmentModeIT {
  private static final String MODULE = TrackingFlow.MODULE;

  private static JsonNode start(TrackingFlow.Session session) {
    return expect(200, session.call("POST", "/api/attempts", "{\"moduleId\":\"" + MODULE + "\"}"));
  }

  private static JsonNode choose(TrackingFlow.Session session, JsonNode attempt) {
    String choice = attempt.path("scene").path("choices").get(0).path("id").asString();
    return expect(
        200,
        session.call(
            "POST",
            "/api/attempts/" + attempt.path("id").asLong() + "/choices",
            "{\"step\":" + attempt.path("step").asInt() + ",\"choiceId\":\"" + choice + "\"}"));
  }

  private static void assertNoCoaching(JsonNode attempt) {
    assertTrue(isAbsent(attempt.path("lastFeedback").path("coachingHtml")), attempt.toString());
    attempt
        .path("path")
        .forEach(step -> assertTrue(isAbsent(step.path("coachingHtml")), step.toString()));
  }

  @Test
  void anAssessmentSendsNoCoachingBeforeTheEndingThenEveryChoicesCoaching() {
    try (TrackingFlow lms = TrackingFlow.start("assessment")) {
      String course = TrackingFlow.newCourse();
      String subject = "assessed-" + UUID.randomUUID().toString().substring(0, 8);
      TrackingFlow.Link link = new TrackingFlow.Link(course, "link-assessed", MODULE);
      TrackingFlow.Session session =
          lms.launch(link, null, IdTokens.LEARNER, subject, "assessment");

      JsonNode attempt = start(session);
      assertEquals("ASSESSMENT", attempt.path("mode").asString());
      attempt = choose(session, attempt);
      assertEquals("IN_PROGRESS", attempt.path("status").asString());
      assertFalse(
          attempt.path("lastFeedback").path("consequenceHtml").asString().isBlank(),
          "the story goes on: what happened is told");
      assertNoCoaching(attempt);
      long id = attempt.path("id").asLong();
      assertNoCoaching(expect(200, session.call("GET", "/api/attempts/" + id, null)));

      // A launch of the same link that now says practice resumes the same attempt, still assessed.
      TrackingFlow.Session again = lms.launch(link, null, IdTokens.LEARNER, subject, "practice");
      JsonNode resumed = start(again);
      assertEquals(id, resumed.path("id").asLong());
      assertEquals("ASSESSMENT", resumed.path("mode").asString());
      assertNoCoaching(resumed);

      attempt = resumed;
      for (int guard = 0; "IN_PROGRESS".equals(attempt.path("status").asString()); guard++) {
        assertTrue(guard < 60, "the module should end");
        attempt = choose(again, attempt);
        if ("IN_PROGRESS".equals(attempt.path("status").asString())) {
          assertNoCoaching(attempt);
        }
      }
      assertEquals("COMPLETED", attempt.path("status").asString());
      assertTrue(attempt.path("path").size() >= 2, attempt.toString());
      attempt
          .path("path")
          .forEach(
              step ->
                  assertFalse(
                      step.path("coachingHtml").asString("").isBlank(),
                      "the ending opens every choice's coaching: " + step));
    }
  }

  @Test
  void aLinkWithoutAModePlaysThePracticeModuleWithCoachingAfterEachChoice() {
    try (TrackingFlow lms = TrackingFlow.start("practice")) {
      TrackingFlow.Session session =
          lms.launch(
              new TrackingFlow.Link(TrackingFlow.newCourse(), "link-practice", MODULE),
              null,
              IdTokens.LEARNER,
              null);
      JsonNode attempt = start(session);
      assertEquals("PRACTICE", attempt.path("mode").asString());
      attempt = choose(session, attempt);
      assertFalse(
          attempt.path("lastFeedback").path("coachingHtml").asString("").isBlank(),
          attempt.toString());
    }
  }

  /** The server leaves out fields it has no value for; a field sent as null counts the same. */
  private static boolean isAbsent(tools.jackson.databind.JsonNode field) {
    return field.isMissingNode() || field.isNull();
  }
}
