package com.firstline.tracking;

import static com.firstline.tracking.TrackingFlow.await;
import static com.firstline.tracking.TrackingFlow.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.firstline.lti.testplatform.IdTokens;
import com.firstline.tracking.TrackingFlow.Session;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The completion board: the LMS roster, fetched page by page over NRPS, against what each manager
 * did in the module; members who leave drop off the board but stay on record.
 */
class BoardIT {
  private static Map<String, Object> member(
      String userId, String name, String role, String status) {
    Map<String, Object> member = new HashMap<>();
    member.put("user_id", userId);
    member.put("name", name);
    member.put("status", status);
    member.put("roles", List.of(role));
    return member;
  }

  private static Map<String, JsonNode> byUser(JsonNode board) {
    Map<String, JsonNode> rows = new HashMap<>();
    board.path("managers").forEach(row -> rows.put(row.path("userId").asString(), row));
    return rows;
  }

  @Test
  void theBoardListsEveryManagerOfThePagedRosterWithTheirStanding() {
    try (TrackingFlow lms = TrackingFlow.start("board")) {
      String course = TrackingFlow.newCourse();
      String tag = UUID.randomUUID().toString().substring(0, 6);
      String finished = "done-" + tag;
      String started = "started-" + tag;
      String idle = "idle-" + tag;
      List<Map<String, Object>> roster = new ArrayList<>();
      roster.add(member(finished, "Fin Ished", IdTokens.LEARNER, "Active"));
      roster.add(member(started, "Stella Arted", IdTokens.LEARNER, "Active"));
      roster.add(member("teacher-" + tag, "Tea Cher", IdTokens.INSTRUCTOR, "Active"));
      roster.add(member(idle, "Ida Le", IdTokens.LEARNER, "Active"));
      roster.add(member("gone-" + tag, "Gone Away", IdTokens.LEARNER, "Inactive"));
      lms.services.setMembers(course, roster);
      lms.services.pageSize(2);

      String lineItem = lms.services.createLineItem(course, "link-1", "Lesson", 100);
      JsonNode ending =
          TrackingFlow.playToTheEnd(lms.learnerWithSubject(course, lineItem, finished))
              .path("ending");
      expect(
          200,
          lms.learnerWithSubject(course, lineItem, started)
              .call("POST", "/api/attempts", "{\"moduleId\":\"" + TrackingFlow.MODULE + "\"}"));

      Session trainer = lms.instructor(course);
      JsonNode board =
          expect(200, trainer.call("GET", "/api/board?moduleId=" + TrackingFlow.MODULE, null));
      assertEquals("A mistake at the counter", board.path("moduleTitle").asString());
      assertEquals("Course " + course, board.path("courseTitle").asString());
      assertNotNull(board.path("rosterRefreshedAt").asString(null));
      Map<String, JsonNode> rows = byUser(board);
      assertEquals(List.of(finished, idle, started).size(), rows.size(), board.toString());
      JsonNode done = rows.get(finished);
      assertEquals(
          ending.path("passed").asBoolean() ? "PASSED" : "COMPLETED",
          done.path("status").asString());
      assertEquals("Fin Ished", done.path("name").asString());
      assertFalse(done.path("completedAt").isNull());
      assertEquals(ending.path("score").asInt(), done.path("grade").asInt());
      assertEquals("IN_PROGRESS", rows.get(started).path("status").asString());
      assertFalse(rows.get(started).path("startedAt").isNull());
      assertEquals("NOT_STARTED", rows.get(idle).path("status").asString());

      // Ida leaves the course: after a refresh she is off the board but still on record.
      lms.services.setMembers(course, roster.subList(0, 3));
      JsonNode refreshed =
          expect(
              200,
              trainer.call(
                  "POST", "/api/board/roster/refresh?moduleId=" + TrackingFlow.MODULE, null));
      assertEquals(2, refreshed.path("managers").size(), refreshed.toString());
      assertTrue(leftAtIsSet(idle));
      await("the finished manager's score", () -> lms.services.scores(course).size() == 1);
    }
  }

  @Test
  void aLearnerTheRosterHasNeverListedIsOnTheBoardAfterTheirLaunchWithNoRefresh() {
    try (TrackingFlow lms = TrackingFlow.start("board-newcomer")) {
      String course = TrackingFlow.newCourse();
      String tag = UUID.randomUUID().toString().substring(0, 6);
      String known = "known-" + tag;
      String newcomer = "new-" + tag;
      lms.services.setMembers(course, List.of(member(known, "Kno Wn", IdTokens.LEARNER, "Active")));
      Session trainer = lms.instructor(course);
      JsonNode before =
          expect(200, trainer.call("GET", "/api/board?moduleId=" + TrackingFlow.MODULE, null));
      assertEquals(List.of(known), List.copyOf(byUser(before).keySet()), before.toString());

      // The LMS enrols someone after the roster was fetched; they launch before any refresh.
      String lineItem = lms.services.createLineItem(course, "link-1", "Lesson", 100);
      JsonNode ending =
          TrackingFlow.playToTheEnd(lms.learnerWithSubject(course, lineItem, newcomer))
              .path("ending");

      JsonNode after =
          expect(200, trainer.call("GET", "/api/board?moduleId=" + TrackingFlow.MODULE, null));
      Map<String, JsonNode> rows = byUser(after);
      assertEquals(2, rows.size(), after.toString());
      assertEquals(
          ending.path("passed").asBoolean() ? "PASSED" : "COMPLETED",
          rows.get(newcomer).path("status").asString());
      assertEquals(
          Instant.parse(before.path("rosterRefreshedAt").asString()).truncatedTo(ChronoUnit.MILLIS),
          Instant.parse(after.path("rosterRefreshedAt").asString()).truncatedTo(ChronoUnit.MILLIS),
          "the roster was fetched again instead of taken from the launch");
    }
  }

  @Test
  void aLearnerTheRosterMarkedAsGoneIsBackOnTheBoardWhenTheyLaunchAgain() {
    try (TrackingFlow lms = TrackingFlow.start("board-returner")) {
      String course = TrackingFlow.newCourse();
      String tag = UUID.randomUUID().toString().substring(0, 6);
      String returner = "back-" + tag;
      Map<String, Object> listed = member(returner, "Ree Turner", IdTokens.LEARNER, "Active");
      lms.services.setMembers(course, List.of(listed));
      Session trainer = lms.instructor(course);
      expect(200, trainer.call("GET", "/api/board?moduleId=" + TrackingFlow.MODULE, null));
      String lineItem = lms.services.createLineItem(course, "link-1", "Lesson", 100);
      // A first launch while listed: nothing to add, and the server remembers that.
      lms.learnerWithSubject(course, lineItem, returner);

      lms.services.setMembers(course, List.of());
      JsonNode without =
          expect(
              200,
              trainer.call(
                  "POST", "/api/board/roster/refresh?moduleId=" + TrackingFlow.MODULE, null));
      assertEquals(0, without.path("managers").size(), without.toString());

      // The LMS lists them again later; their launch comes before the board's next refresh.
      lms.learnerWithSubject(course, lineItem, returner);
      JsonNode after =
          expect(200, trainer.call("GET", "/api/board?moduleId=" + TrackingFlow.MODULE, null));
      assertEquals(List.of(returner), List.copyOf(byUser(after).keySet()), after.toString());
    }
  }

  @Test
  void theBoardIsForTrainersOfACourse() {
    try (TrackingFlow lms = TrackingFlow.start("board-roles")) {
      String course = TrackingFlow.newCourse();
      Session manager = lms.learner(course, null);
      expect(403, manager.call("GET", "/api/board?moduleId=" + TrackingFlow.MODULE, null));
      Session trainer = lms.instructor(course);
      expect(400, trainer.call("GET", "/api/board", null));
      expect(404, trainer.call("GET", "/api/board?moduleId=no-such-module", null));
    }
  }

  private static boolean leftAtIsSet(String userId) {
    try (Connection db =
            DriverManager.getConnection(
                System.getProperty("it.db.url") + "?useSSL=false&allowPublicKeyRetrieval=true",
                "root",
                "");
        PreparedStatement query =
            db.prepareStatement("SELECT left_at FROM tracking_roster_member WHERE user_id = ?")) {
      query.setString(1, userId);
      try (ResultSet row = query.executeQuery()) {
        return row.next() && row.getTimestamp(1) != null;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
