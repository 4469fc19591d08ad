package com.firstline.tracking;

import static com.firstline.tracking.TrackingFlow.await;
import static com.firstline.tracking.TrackingFlow.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.firstline.lti.testplatform.IdTokens;
import com.firstline.lti.testplatform.PlatformServices.ReceivedScore;
import com.firstline.tracking.TrackingFlow.Link;
import com.firstline.tracking.TrackingFlow.Session;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntBinaryOperator;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Grades belong to the course link a manager launched from: a session opens its link's module only,
 * an attempt belongs to its link, the LMS, the board and the ending page show one figure, and
 * coming back after the ending shows the result.
 */
class CourseLinkGradesIT {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String OTHER_MODULE = "trust-on-the-spot";

  /** Which choice to take: from the step number and the number of choices offered. */
  private static final IntBinaryOperator FIRST = (step, offered) -> 0;

  private static final IntBinaryOperator LAST = (step, offered) -> offered - 1;
  private static final IntBinaryOperator ALTERNATE = (step, offered) -> (step % 2) * (offered - 1);

  static JsonNode start(Session session, String module, boolean restart) {
    return expect(
        200,
        session.call(
            "POST",
            "/api/attempts",
            "{\"moduleId\":\"" + module + "\",\"restart\":" + restart + "}"));
  }

  /** Plays the attempt from where it is to an ending, picking choices with {@code pick}. */
  static JsonNode finish(Session session, JsonNode attempt, IntBinaryOperator pick) {
    long id = attempt.path("id").asLong();
    for (int step = attempt.path("step").asInt();
        attempt.path("status").asString().equals("IN_PROGRESS");
        step++) {
      assertTrue(step < 60, "the module should end");
      JsonNode choices = attempt.path("scene").path("choices");
      String choice = choices.get(pick.applyAsInt(step, choices.size())).path("id").asString();
      attempt = choose(session, id, step, choice);
    }
    return attempt;
  }

  static JsonNode choose(Session session, long id, int step, String choice) {
    return expect(
        200,
        session.call(
            "POST",
            "/api/attempts/" + id + "/choices",
            "{\"step\":" + step + ",\"choiceId\":\"" + choice + "\"}"));
  }

  private static JsonNode score(ReceivedScore received) {
    return JSON.readTree(received.json());
  }

  @Test
  void aSessionFromModuleAsLinkCannotOpenModuleBAndNothingLandsInAsColumn() {
    try (TrackingFlow lms = TrackingFlow.start("link-bound")) {
      String course = TrackingFlow.newCourse();
      String lineItem = lms.services.createLineItem(course, "link-1", "Module A", 100);
      Session manager =
          lms.launch(
              new Link(course, "link-1", TrackingFlow.MODULE),
              lms.ags(course, lineItem),
              IdTokens.LEARNER,
              null);

      var refused =
          manager.call("POST", "/api/attempts", "{\"moduleId\":\"" + OTHER_MODULE + "\"}");
      assertEquals(403, refused.statusCode(), refused.body());
      assertTrue(refused.body().contains(TrackingFlow.MODULE), refused.body());

      // The link's own module still plays, and its score is the only one in the column.
      finish(manager, start(manager, TrackingFlow.MODULE, false), FIRST);
      await("module A's score", () -> lms.services.scores(course).size() == 1);
      assertEquals(1, lms.services.scores(course).size());
    }
  }

  @Test
  void anAttemptStartedInCourseBIsNotResumedNorGradedFromCourseA() {
    try (TrackingFlow lms = TrackingFlow.start("two-courses")) {
      String courseA = TrackingFlow.newCourse();
      String courseB = TrackingFlow.newCourse();
      String itemA = lms.services.createLineItem(courseA, "link-a", "In A", 100);
      String itemB = lms.services.createLineItem(courseB, "link-b", "In B", 100);
      Session inB =
          lms.launch(
              new Link(courseB, "link-b", TrackingFlow.MODULE),
              lms.ags(courseB, itemB),
              IdTokens.LEARNER,
              null);
      JsonNode begunInB = start(inB, TrackingFlow.MODULE, false);
      String firstChoice = begunInB.path("scene").path("choices").get(0).path("id").asString();
      choose(inB, begunInB.path("id").asLong(), 0, firstChoice);

      Session inA =
          lms.launch(
              new Link(courseA, "link-a", TrackingFlow.MODULE),
              lms.ags(courseA, itemA),
              IdTokens.LEARNER,
              inB.subject());
      JsonNode inCourseA = start(inA, TrackingFlow.MODULE, false);
      assertNotEquals(begunInB.path("id").asLong(), inCourseA.path("id").asLong());
      assertEquals(0, inCourseA.path("step").asInt(), "course A starts its own attempt");
      var foreign =
          inA.call(
              "POST",
              "/api/attempts/" + begunInB.path("id").asLong() + "/choices",
              "{\"step\":1,\"choiceId\":\"x\"}");
      assertEquals(403, foreign.statusCode(), "course B's attempt cannot be played from A");

      JsonNode ending = finish(inA, inCourseA, FIRST).path("ending");
      lms.services.setMembers(
          courseA, List.of(TrackingFlow.learnerMember(inA.subject(), "Bea Both")));
      lms.services.setMembers(
          courseB, List.of(TrackingFlow.learnerMember(inB.subject(), "Bea Both")));
      await("course A's score", () -> lms.services.scores(courseA).size() == 1);
      assertEquals(0, lms.services.scores(courseB).size(), "course B gets nothing");

      JsonNode boardA =
          expect(
              200,
              lms.instructor(courseA)
                  .call("POST", "/api/board/roster/refresh?moduleId=" + TrackingFlow.MODULE, null));
      JsonNode boardB =
          expect(
              200,
              lms.instructor(courseB)
                  .call("POST", "/api/board/roster/refresh?moduleId=" + TrackingFlow.MODULE, null));
      assertEquals(ending.path("score").asInt(), gradeOn(boardA, inA.subject()).asInt());
      JsonNode gradeInB = gradeOn(boardB, inB.subject());
      assertTrue(
          gradeInB.isNull() || gradeInB.isMissingNode(), "B's board counts B's attempt only");
      assertEquals("IN_PROGRESS", rowOn(boardB, inB.subject()).path("status").asString());
    }
  }

  /** The board row's grade of this learner. */
  private static JsonNode gradeOn(JsonNode board, String subject) {
    return rowOn(board, subject).path("grade");
  }

  private static JsonNode rowOn(JsonNode board, String subject) {
    for (JsonNode row : board.path("managers")) {
      if (subject.equals(row.path("userId").asString())) {
        return row;
      }
    }
    throw new AssertionError("no row for " + subject + " in " + board);
  }

  @Test
  void aRetakeNeverLowersTheGradeAndTheLmsTheBoardAndTheEndingAgree() {
    try (TrackingFlow lms = TrackingFlow.start("retake-best")) {
      String course = TrackingFlow.newCourse();
      String lineItem = lms.services.createLineItem(course, "link-1", "Lesson", 100);
      Session manager =
          lms.launch(
              new Link(course, "link-1", TrackingFlow.MODULE),
              lms.ags(course, lineItem),
              IdTokens.LEARNER,
              null);
      lms.services.setMembers(
          course, List.of(TrackingFlow.learnerMember(manager.subject(), "Rita Take")));

      List<Integer> scores = new ArrayList<>();
      JsonNode last = null;
      for (IntBinaryOperator pick : List.of(LAST, FIRST, ALTERNATE, LAST, FIRST, ALTERNATE)) {
        last = finish(manager, start(manager, TrackingFlow.MODULE, true), pick);
        scores.add(last.path("ending").path("score").asInt());
      }
      int best = scores.stream().mapToInt(Integer::intValue).max().orElseThrow();
      assertTrue(scores.stream().distinct().count() > 1, "the paths should score differently");
      assertEquals(best, last.path("grade").path("score").asInt(), "the ending page");
      assertEquals("BEST", last.path("grade").path("policy").asString());

      await(
          "the LMS to hold the best score",
          () -> {
            List<ReceivedScore> got = lms.services.scores(course);
            return !got.isEmpty()
                && score(got.get(got.size() - 1)).path("scoreGiven").asInt() == best
                && noneWaiting(lms, course);
          });
      List<ReceivedScore> received = lms.services.scores(course);
      Instant previous = Instant.MIN;
      for (ReceivedScore each : received) {
        JsonNode sent = score(each);
        Instant at = Instant.parse(sent.path("timestamp").asString());
        assertTrue(at.isAfter(previous), "scores arrive in the order they were completed");
        previous = at;
      }
      int first = scores.get(0);
      for (ReceivedScore each : received) {
        int given = score(each).path("scoreGiven").asInt();
        assertTrue(given >= first, "no score below the first grade was ever sent: " + given);
      }
      JsonNode board =
          expect(
              200,
              lms.instructor(course)
                  .call("POST", "/api/board/roster/refresh?moduleId=" + TrackingFlow.MODULE, null));
      assertEquals(best, gradeOn(board, manager.subject()).asInt(), "the board");
    }
  }

  private static boolean noneWaiting(TrackingFlow lms, String course) {
    JsonNode deliveries =
        expect(
            200,
            lms.instructor(course)
                .call("GET", "/api/deliveries?moduleId=" + TrackingFlow.MODULE, null));
    for (JsonNode delivery : deliveries) {
      if ("PENDING".equals(delivery.path("status").asString())) {
        return false;
      }
    }
    return true;
  }

  @Test
  void relaunchingAfterTheEndingShowsTheResultAndTheReflectionWithTakeItAgain() {
    try (TrackingFlow lms = TrackingFlow.start("relaunch")) {
      String course = TrackingFlow.newCourse();
      String lineItem = lms.services.createLineItem(course, "link-1", "Lesson", 100);
      Link link = new Link(course, "link-1", TrackingFlow.MODULE);
      Session first = lms.launch(link, lms.ags(course, lineItem), IdTokens.LEARNER, null);
      JsonNode done = finish(first, start(first, TrackingFlow.MODULE, false), FIRST);
      long id = done.path("id").asLong();
      expect(
          200,
          first.call(
              "PUT", "/api/attempts/" + id + "/reflection", "{\"text\":\"Ask before fixing.\"}"));

      Session again =
          lms.launch(link, lms.ags(course, lineItem), IdTokens.LEARNER, first.subject());
      JsonNode reopened = start(again, TrackingFlow.MODULE, false);
      assertEquals(id, reopened.path("id").asLong());
      assertEquals("COMPLETED", reopened.path("status").asString());
      assertEquals("Ask before fixing.", reopened.path("reflection").asString());
      assertEquals(done.path("path").size(), reopened.path("path").size());

      JsonNode retake = start(again, TrackingFlow.MODULE, true);
      assertNotEquals(id, retake.path("id").asLong());
      assertEquals("IN_PROGRESS", retake.path("status").asString());
    }
  }
}
