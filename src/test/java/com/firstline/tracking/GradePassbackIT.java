package com.firstline.tracking;

import static com.firstline.tracking.TrackingFlow.await;
import static com.firstline.tracking.TrackingFlow.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.firstline.lti.testplatform.PlatformServices.ReceivedScore;
import com.firstline.lti.testplatform.Reply;
import com.firstline.testing.ServerUnderTest;
import com.firstline.tracking.TrackingFlow.Session;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Real launches from a test LMS, a module played to its end through the API, and the score arriving
 * at the LMS's AGS endpoint: once, with the right values, through outages, throttling, refusals and
 * token trouble. Each test has its own LMS and course.
 */
class GradePassbackIT {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static JsonNode scoreJson(ReceivedScore received) {
    return JSON.readTree(received.json());
  }

  private static JsonNode deliveryOf(Session trainer, long attemptId) {
    JsonNode list =
        expect(200, trainer.call("GET", "/api/deliveries?moduleId=" + TrackingFlow.MODULE, null));
    for (JsonNode delivery : list) {
      if (delivery.path("attemptId").asLong() == attemptId) {
        return delivery;
      }
    }
    return null;
  }

  private static void awaitStatus(Session trainer, long attemptId, String status) {
    await(
        "delivery of attempt " + attemptId + " " + status,
        () -> {
          JsonNode delivery = deliveryOf(trainer, attemptId);
          return delivery != null && status.equals(delivery.path("status").asString());
        });
  }

  @Test
  void aCompletedAttemptsScoreArrivesOnceWithTheRightValues() {
    try (TrackingFlow lms = TrackingFlow.start("grades-once")) {
      String course = TrackingFlow.newCourse();
      String lineItem =
          lms.services.createLineItem(course, "link-1", "Set by the LMS", 100) + "?type_id=2";
      Session manager = lms.learner(course, lineItem);
      JsonNode attempt = TrackingFlow.playToTheEnd(manager);
      JsonNode ending = attempt.path("ending");

      await("the score at the LMS", () -> lms.services.scores(course).size() == 1);
      Session trainer = lms.instructor(course);
      awaitStatus(trainer, attempt.path("id").asLong(), "DELIVERED");

      List<ReceivedScore> scores = lms.services.scores(course);
      assertEquals(1, scores.size(), "delivered exactly once");
      assertEquals("type_id=2", scores.get(0).query(), "/scores goes before the query string");
      JsonNode score = scoreJson(scores.get(0));
      assertEquals(manager.subject(), score.path("userId").asString());
      assertEquals(ending.path("score").asInt(), score.path("scoreGiven").asInt());
      assertEquals(ending.path("maximum").asInt(), score.path("scoreMaximum").asInt());
      assertEquals("Completed", score.path("activityProgress").asString());
      assertEquals("FullyGraded", score.path("gradingProgress").asString());
      assertEquals(ending.path("title").asString(), score.path("comment").asString());
      Instant.parse(score.path("timestamp").asString());
      JsonNode delivery = deliveryOf(trainer, attempt.path("id").asLong());
      assertEquals(1, delivery.path("tries").asInt());
      assertTrue(delivery.path("reason").isNull() || delivery.path("reason").isMissingNode());
    }
  }

  @Test
  void afterAnOutageOfErrorsAndTimeoutsTheScoreArrivesOnce() {
    try (TrackingFlow lms = TrackingFlow.start("grades-outage")) {
      String course = TrackingFlow.newCourse();
      String lineItem = lms.services.createLineItem(course, "link-1", "Lesson", 100);
      lms.services.nextScoreReplies(
          Reply.status(500), Reply.status(503), Reply.silence(Duration.ofSeconds(4)));
      Session manager = lms.learner(course, lineItem);
      long attemptId = TrackingFlow.playToTheEnd(manager).path("id").asLong();

      Session trainer = lms.instructor(course);
      awaitStatus(trainer, attemptId, "DELIVERED");
      assertEquals(1, lms.services.scores(course).size());
      assertEquals(4, lms.services.scoreRequestTimes().size(), "three failures, then the score");
      assertEquals(4, deliveryOf(trainer, attemptId).path("tries").asInt());
    }
  }

  @Test
  void oneTokenServesTwoScores() {
    try (TrackingFlow lms = TrackingFlow.start("grades-token")) {
      String course = TrackingFlow.newCourse();
      String lineItem = lms.services.createLineItem(course, "link-1", "Lesson", 100);
      TrackingFlow.playToTheEnd(lms.learner(course, lineItem));
      await("the first score", () -> lms.services.scores(course).size() == 1);
      TrackingFlow.playToTheEnd(lms.learner(course, lineItem));
      await("the second score", () -> lms.services.scores(course).size() == 2);

      List<ReceivedScore> scores = lms.services.scores(course);
      assertEquals(1, lms.services.tokensIssued());
      assertEquals(scores.get(0).token(), scores.get(1).token());
    }
  }

  @Test
  void aThrottledScoreWaitsAsLongAsRetryAfterSays() {
    try (TrackingFlow lms = TrackingFlow.start("grades-429")) {
      String course = TrackingFlow.newCourse();
      String lineItem = lms.services.createLineItem(course, "link-1", "Lesson", 100);
      lms.services.nextScoreReplies(Reply.tooManyRequests(2));
      TrackingFlow.playToTheEnd(lms.learner(course, lineItem));

      await("the score after the 429", () -> lms.services.scores(course).size() == 1);
      List<Instant> requests = lms.services.scoreRequestTimes();
      assertEquals(2, requests.size());
      Duration waited = Duration.between(requests.get(0), requests.get(1));
      assertTrue(waited.compareTo(Duration.ofMillis(1900)) >= 0, "waited only " + waited);
    }
  }

  @Test
  void aRefusedScoreFailsWithThePlatformsAnswerAndARetryDeliversIt() {
    try (TrackingFlow lms = TrackingFlow.start("grades-400")) {
      String course = TrackingFlow.newCourse();
      String lineItem = lms.services.createLineItem(course, "link-1", "Lesson", 100);
      lms.services.nextScoreReplies(
          Reply.status(400, "{\"error\":\"user is not enrolled in this course\"}"));
      long attemptId = TrackingFlow.playToTheEnd(lms.learner(course, lineItem)).path("id").asLong();
      Session trainer = lms.instructor(course);
      awaitStatus(trainer, attemptId, "FAILED");

      JsonNode failed = deliveryOf(trainer, attemptId);
      assertTrue(failed.path("reason").asString().contains("not enrolled"), failed.toString());
      assertEquals(400, failed.path("platformStatus").asInt());
      assertEquals(0, lms.services.scores(course).size());

      JsonNode retried =
          expect(
              200,
              trainer.call(
                  "POST", "/api/deliveries/" + failed.path("id").asLong() + "/retry", null));
      assertEquals("PENDING", retried.path("status").asString());
      awaitStatus(trainer, attemptId, "DELIVERED");
      assertEquals(1, lms.services.scores(course).size());
      expect(
          409,
          trainer.call("POST", "/api/deliveries/" + failed.path("id").asLong() + "/retry", null));
    }
  }

  @Test
  void aRevokedTokenIsRenewedOnceAndTheScoreStillArrives() {
    try (TrackingFlow lms = TrackingFlow.start("grades-401")) {
      String course = TrackingFlow.newCourse();
      String lineItem = lms.services.createLineItem(course, "link-1", "Lesson", 100);
      lms.services.nextScoreReplies(Reply.status(401));
      TrackingFlow.playToTheEnd(lms.learner(course, lineItem));
      await("the score after the 401", () -> lms.services.scores(course).size() == 1);
      assertEquals(2, lms.services.tokensIssued());
      assertEquals(2, lms.services.scoreRequestTimes().size());
    }
  }

  @Test
  void withOnlyAContainerTheModulesLineItemIsCreatedOnceAndUsed() {
    try (TrackingFlow lms = TrackingFlow.start("grades-container")) {
      String course = TrackingFlow.newCourse();
      TrackingFlow.playToTheEnd(lms.learner(course, null));
      await("the first score", () -> lms.services.scores(course).size() == 1);
      TrackingFlow.playToTheEnd(lms.learner(course, null));
      await("the second score", () -> lms.services.scores(course).size() == 2);

      List<Map<String, Object>> items = lms.services.lineItems(course);
      assertEquals(1, items.size(), items.toString());
      assertEquals(TrackingFlow.MODULE, items.get(0).get("resourceId"));
      assertEquals("A mistake at the counter", items.get(0).get("label"));
      assertEquals(100, items.get(0).get("scoreMaximum"));
      long id = lms.services.scores(course).get(0).lineItem();
      assertTrue(items.get(0).get("id").toString().endsWith("/" + id));
    }
  }

  @Test
  void aWrongTokenAudienceFailsVisiblyUntilFixed() {
    try (TrackingFlow lms = TrackingFlow.start("grades-audience")) {
      String course = TrackingFlow.newCourse();
      String lineItem = lms.services.createLineItem(course, "link-1", "Lesson", 100);
      lms.services.expectAudience("https://auth.elsewhere.example/token");
      long attemptId = TrackingFlow.playToTheEnd(lms.learner(course, lineItem)).path("id").asLong();
      Session trainer = lms.instructor(course);
      awaitStatus(trainer, attemptId, "FAILED");
      String reason = deliveryOf(trainer, attemptId).path("reason").asString();
      assertTrue(reason.contains("token") && reason.contains("invalid_client"), reason);
      assertFalse(reason.contains("eyJ"), "no assertion or token in the reason");

      lms.services.expectAudience(lms.services.tokenUrl());
      long id = deliveryOf(trainer, attemptId).path("id").asLong();
      expect(200, trainer.call("POST", "/api/deliveries/" + id + "/retry", null));
      awaitStatus(trainer, attemptId, "DELIVERED");
      assertEquals(1, lms.services.scores(course).size());
    }
  }

  @Test
  void deliveriesAreForTrainersOfTheCourseOnly() {
    try (TrackingFlow lms = TrackingFlow.start("grades-roles")) {
      String course = TrackingFlow.newCourse();
      Session manager = lms.learner(course, null);
      expect(403, manager.call("GET", "/api/deliveries?moduleId=" + TrackingFlow.MODULE, null));
      expect(403, manager.call("POST", "/api/deliveries/1/retry", null));
      Session trainer = lms.instructor(course);
      expect(400, trainer.call("GET", "/api/deliveries", null));
      expect(404, trainer.call("POST", "/api/deliveries/999999999/retry", null));
      assertEquals(
          401, ServerUnderTest.get("/api/deliveries?moduleId=" + TrackingFlow.MODULE).statusCode());
    }
  }
}
