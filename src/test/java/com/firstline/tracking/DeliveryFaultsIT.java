package com.firstline.tracking;

import static com.firstline.tracking.TrackingFlow.await;
import static com.firstline.tracking.TrackingFlow.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.firstline.lti.testplatform.PlatformServices.ReceivedScore;
import com.firstline.lti.testplatform.Reply;
import com.firstline.tracking.TrackingFlow.Session;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Platforms that misbehave in the ways that used to hang or starve the delivery workers: one that
 * sends its answer a byte a second, a slow one beside a fast one, one whose gradebook columns come
 * in pages and ignore the filter. The IT server's calls time out after 2 s and it looks at 6 due
 * scores per poll (see the pom).
 */
class DeliveryFaultsIT {

  @Test
  void anAnswerSentAByteASecondIsCutAtTheDeadlineAndTheScoreIsDeliveredOnceLater() {
    try (TrackingFlow lms = TrackingFlow.start("trickle")) {
      String course = TrackingFlow.newCourse();
      String item = lms.services.createLineItem(course, "link-1", "Lesson", 100);
      lms.services.nextScoreReplies(
          Reply.trickle(
              200, "{\"resultUrl\":\"slow\",\"padding\":\"....\"}", Duration.ofSeconds(1)));
      long attemptId = TrackingFlow.playToTheEnd(lms.learner(course, item)).path("id").asLong();

      await("the score after the cut-off answer", () -> lms.services.scores(course).size() == 1);
      List<Instant> requests = lms.services.scoreRequestTimes();
      assertEquals(2, requests.size(), "the trickled try, then one more");
      Duration between = Duration.between(requests.get(0), requests.get(1));
      assertTrue(
          between.compareTo(Duration.ofSeconds(8)) < 0,
          "the first call ended at its 2 s deadline, not when the 38-byte answer would: "
              + between);
      JsonNode delivery = delivery(lms.instructor(course), attemptId);
      assertEquals("DELIVERED", delivery.path("status").asString());
      assertEquals(2, delivery.path("tries").asInt());
      assertEquals(1, lms.services.scores(course).size(), "delivered once");
    }
  }

  @Test
  void aSlowPlatformsQueueDoesNotHoldUpAFastOnesScores() {
    try (TrackingFlow slow = TrackingFlow.start("slow-lms");
        TrackingFlow fast = TrackingFlow.start("fast-lms")) {
      String slowCourse = TrackingFlow.newCourse();
      String slowItem = slow.services.createLineItem(slowCourse, "link-1", "Lesson", 100);
      slow.services.delayScores(Duration.ofMillis(1500));
      for (int i = 0; i < 30; i++) {
        TrackingFlow.playToTheEnd(slow.learner(slowCourse, slowItem));
      }
      String fastCourse = TrackingFlow.newCourse();
      String fastItem = fast.services.createLineItem(fastCourse, "link-1", "Lesson", 100);
      TrackingFlow.playToTheEnd(fast.learner(fastCourse, fastItem));

      await("the fast platform's score", () -> fast.services.scores(fastCourse).size() == 1);
      int slowDone = slow.services.scores(slowCourse).size();
      // With at least a poll's worth (6) of slow scores still waiting, the oldest due scores were
      // all the slow platform's: the fast one got through because each platform has its turn.
      assertTrue(
          slowDone <= 24,
          "the fast score arrived while the slow queue still waited; slow delivered " + slowDone);
      await("the slow queue", () -> slow.services.scores(slowCourse).size() == 30);
    }
  }

  @Test
  void theModulesColumnIsFoundOnTheThirdPageOfAPlatformThatIgnoresTheFilter() {
    try (TrackingFlow lms = TrackingFlow.start("paged-items")) {
      String course = TrackingFlow.newCourse();
      for (int i = 0; i < 5; i++) {
        lms.services.createLineItem(course, "other-" + i, "Other " + i, 10);
      }
      String ours = lms.services.createLineItem(course, TrackingFlow.MODULE, "Ours", 100);
      lms.services.lineItemPages(2, false);
      TrackingFlow.playToTheEnd(lms.learner(course, null));

      await("the score", () -> lms.services.scores(course).size() == 1);
      ReceivedScore score = lms.services.scores(course).get(0);
      assertTrue(ours.endsWith("/" + score.lineItem()), "into " + ours + ", not a new column");
      List<Map<String, Object>> columns = new ArrayList<>();
      lms.services.lineItemPages(1000, true);
      columns.addAll(lms.services.lineItems(course));
      assertEquals(6, columns.size(), "no duplicate column was created");
    }
  }

  private static JsonNode delivery(Session trainer, long attemptId) {
    for (JsonNode delivery :
        expect(200, trainer.call("GET", "/api/deliveries?moduleId=" + TrackingFlow.MODULE, null))) {
      if (delivery.path("attemptId").asLong() == attemptId) {
        return delivery;
      }
    }
    throw new AssertionError("no delivery for attempt " + attemptId);
  }
}
