package com.firstline.tracking;

import static com.firstline.tracking.TrackingFlow.await;
import static com.firstline.tracking.TrackingFlow.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.firstline.tracking.TrackingFlow.Link;
import com.firstline.tracking.TrackingFlow.Session;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Every tracking endpoint, called by people of another course, another LMS registration with the
 * same context id, and LMS admins with and without a course: each sees and retries only what is
 * theirs. Only the development sign-in's admin (and the admin token) sees across registrations.
 */
class TenantScopeIT {
  private static final String ADMIN =
      "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Administrator";

  @Test
  void deliveriesAndBoardsStayInsideTheirCourseAndRegistration() {
    try (TrackingFlow one = TrackingFlow.start("tenant-one");
        TrackingFlow two = TrackingFlow.start("tenant-two")) {
      String shared = TrackingFlow.newCourse();
      String item = one.services.createLineItem(shared, "link-1", "Lesson", 100);
      Session learner = one.learner(shared, item);
      long attemptId = TrackingFlow.playToTheEnd(learner).path("id").asLong();
      Session trainerOne = one.instructor(shared);
      await("the score delivered", () -> deliveryIdOf(trainerOne, attemptId) != null);
      long deliveryId = deliveryIdOf(trainerOne, attemptId);

      Session adminOne = adminWithoutCourse(one);
      assertTrue(sees(adminOne, attemptId), "an LMS admin sees their own registration");
      assertEquals(409, retry(adminOne, deliveryId).statusCode(), "theirs, and not failed");
      assertEquals(409, retry(trainerOne, deliveryId).statusCode());

      Map<String, Session> strangers =
          Map.of(
              "a trainer of another course of the same LMS",
              one.instructor(TrackingFlow.newCourse()),
              "a trainer of another LMS's course with the same context id",
              two.instructor(shared),
              "an admin of another LMS, launched without a course",
              adminWithoutCourse(two),
              "an admin of another LMS, launched from the same context id",
              two.launch(new Link(shared, "link-1", TrackingFlow.MODULE), null, ADMIN, null));
      strangers.forEach(
          (who, session) -> {
            assertFalse(sees(session, attemptId), who + " must not see the delivery");
            assertEquals(404, retry(session, deliveryId).statusCode(), who + " must not retry");
          });

      // The other LMS's course has the same context id and a member with the same user id.
      two.services.setMembers(
          shared, java.util.List.of(TrackingFlow.learnerMember(learner.subject(), "Namesake")));
      JsonNode otherBoard =
          expect(
              200,
              two.instructor(shared)
                  .call("GET", "/api/board?moduleId=" + TrackingFlow.MODULE, null));
      assertEquals(1, otherBoard.path("managers").size(), otherBoard.toString());
      assertEquals(
          "NOT_STARTED",
          otherBoard.path("managers").get(0).path("status").asString(),
          "another LMS's attempts are not this course's");
      assertEquals(
          403,
          adminOne.call("GET", "/api/board?moduleId=" + TrackingFlow.MODULE, null).statusCode(),
          "a board needs a course");
      for (String[] call : learnerCalls(deliveryId)) {
        assertEquals(
            403, learner.call(call[0], call[1], null).statusCode(), "a learner: " + call[1]);
      }
    }
  }

  private static String[][] learnerCalls(long deliveryId) {
    return new String[][] {
      {"GET", "/api/board?moduleId=" + TrackingFlow.MODULE},
      {"POST", "/api/board/roster/refresh?moduleId=" + TrackingFlow.MODULE},
      {"GET", "/api/deliveries?moduleId=" + TrackingFlow.MODULE},
      {"POST", "/api/deliveries/" + deliveryId + "/retry"}
    };
  }

  private static Session adminWithoutCourse(TrackingFlow lms) {
    return lms.launch(new Link(null, "admin-link", TrackingFlow.MODULE), null, ADMIN, null);
  }

  private static HttpResponse<String> retry(Session session, long deliveryId) {
    return session.call("POST", "/api/deliveries/" + deliveryId + "/retry", null);
  }

  private static boolean sees(Session session, long attemptId) {
    return deliveryIdOf(session, attemptId) != null;
  }

  private static Long deliveryIdOf(Session session, long attemptId) {
    JsonNode list =
        expect(200, session.call("GET", "/api/deliveries?moduleId=" + TrackingFlow.MODULE, null));
    for (JsonNode delivery : list) {
      if (delivery.path("attemptId").asLong() == attemptId
          && "DELIVERED".equals(delivery.path("status").asString())) {
        return delivery.path("id").asLong();
      }
    }
    return null;
  }

  @Test
  void aDeliveredScoreRecordsTheStatusThePlatformAnswered() {
    try (TrackingFlow lms = TrackingFlow.start("tenant-status")) {
      String course = TrackingFlow.newCourse();
      String item = lms.services.createLineItem(course, "link-1", "Lesson", 100);
      long attemptId = TrackingFlow.playToTheEnd(lms.learner(course, item)).path("id").asLong();
      Session trainer = lms.instructor(course);
      await("the score delivered", () -> deliveryIdOf(trainer, attemptId) != null);
      JsonNode list =
          expect(200, trainer.call("GET", "/api/deliveries?moduleId=" + TrackingFlow.MODULE, null));
      for (JsonNode delivery : list) {
        if (delivery.path("attemptId").asLong() == attemptId) {
          assertEquals(204, delivery.path("platformStatus").asInt(), "the test LMS answers 204");
        }
      }
    }
  }
}
