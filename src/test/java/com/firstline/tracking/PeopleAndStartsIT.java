package com.firstline.tracking;

import static com.firstline.tracking.TrackingFlow.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.firstline.lti.testplatform.IdTokens;
import com.firstline.tracking.TrackingFlow.Link;
import com.firstline.tracking.TrackingFlow.Session;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * LTI ids are exact strings, and people arrive at the same moment: case and spacing variants of a
 * subject are different people, a roster may hold them side by side, two first launches of one
 * person both succeed, and eight simultaneous starts make one attempt.
 */
class PeopleAndStartsIT {

  @Test
  void subjectsThatDifferOnlyInCaseSpaceOrAccentAreDifferentPeople() throws Exception {
    try (TrackingFlow lms = TrackingFlow.start("case-exact")) {
      String course = TrackingFlow.newCourse();
      String tag = UUID.randomUUID().toString().substring(0, 6);
      List<String> subjects =
          List.of(
              "Case-Sub-" + tag,
              "case-sub-" + tag,
              "CASE-SUB-" + tag,
              "case-sub-" + tag + " ",
              "c\u00e4se-sub-" + tag);
      Set<Long> attempts = new HashSet<>();
      for (String subject : subjects) {
        Session session =
            lms.launch(
                new Link(course, "link-1", TrackingFlow.MODULE), null, IdTokens.LEARNER, subject);
        JsonNode attempt = CourseLinkGradesIT.start(session, TrackingFlow.MODULE, false);
        assertEquals(0, attempt.path("step").asInt(), subject + " starts their own attempt");
        String first = attempt.path("scene").path("choices").get(0).path("id").asString();
        CourseLinkGradesIT.choose(session, attempt.path("id").asLong(), 0, first);
        attempts.add(attempt.path("id").asLong());
      }
      assertEquals(5, attempts.size());
      assertEquals(5, count("SELECT COUNT(*) FROM person WHERE issuer = ?", lms.platform.issuer()));

      lms.services.setMembers(
          course,
          List.of(
              TrackingFlow.learnerMember("Member-" + tag, "Upper"),
              TrackingFlow.learnerMember("member-" + tag, "Lower")));
      JsonNode board =
          expect(
              200,
              lms.instructor(course)
                  .call("POST", "/api/board/roster/refresh?moduleId=" + TrackingFlow.MODULE, null));
      assertEquals(2, board.path("managers").size(), board.toString());
    }
  }

  @Test
  void twoFirstLaunchesOfOnePersonAtOnceBothSucceed() throws Exception {
    try (TrackingFlow lms = TrackingFlow.start("first-launch-race")) {
      String course = TrackingFlow.newCourse();
      ExecutorService pool = Executors.newFixedThreadPool(2);
      try {
        for (int round = 0; round < 5; round++) {
          String subject = "racer-" + UUID.randomUUID();
          Callable<Session> launch =
              () ->
                  lms.launch(
                      new Link(course, "link-1", TrackingFlow.MODULE),
                      null,
                      IdTokens.LEARNER,
                      subject);
          List<Future<Session>> both = List.of(pool.submit(launch), pool.submit(launch));
          for (Future<Session> each : both) {
            each.get();
          }
          assertEquals(
              1,
              count(
                  "SELECT COUNT(*) FROM person WHERE issuer = ? AND subject = ?",
                  lms.platform.issuer(),
                  subject));
        }
      } finally {
        pool.shutdownNow();
      }
    }
  }

  @Test
  void eightSimultaneousStartsMakeOneAttempt() throws Exception {
    try (TrackingFlow lms = TrackingFlow.start("start-race")) {
      String course = TrackingFlow.newCourse();
      Session session =
          lms.launch(new Link(course, "link-1", TrackingFlow.MODULE), null, IdTokens.LEARNER, null);
      ExecutorService pool = Executors.newFixedThreadPool(8);
      try {
        List<Future<JsonNode>> starts = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
          starts.add(
              pool.submit(() -> CourseLinkGradesIT.start(session, TrackingFlow.MODULE, false)));
        }
        Set<Long> ids = new HashSet<>();
        for (Future<JsonNode> start : starts) {
          ids.add(start.get().path("id").asLong());
        }
        assertEquals(1, ids.size(), "every start answered the same attempt: " + ids);
        assertEquals(
            1,
            count(
                "SELECT COUNT(*) FROM attempt a JOIN person p ON p.id = a.person_id"
                    + " WHERE p.issuer = ? AND p.subject = ? AND a.status = 'IN_PROGRESS'",
                lms.platform.issuer(),
                session.subject()));
      } finally {
        pool.shutdownNow();
      }
    }
  }

  private static long count(String sql, String... parameters) throws SQLException {
    try (Connection db =
            DriverManager.getConnection(
                System.getProperty("it.db.url") + "?useSSL=false&allowPublicKeyRetrieval=true",
                "root",
                "");
        PreparedStatement query = db.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        query.setString(i + 1, parameters[i]);
      }
      try (ResultSet result = query.executeQuery()) {
        result.next();
        return result.getLong(1);
      }
    }
  }
}
