package com.firstline.privacy;

import static com.firstline.tracking.TrackingFlow.await;
import static com.firstline.tracking.TrackingFlow.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.firstline.lti.LtiFlow;
import com.firstline.testing.ServerUnderTest;
import com.firstline.testing.TestDatabase;
import com.firstline.tracking.TrackingFlow;
import com.firstline.tracking.TrackingFlow.Link;
import com.firstline.tracking.TrackingFlow.Session;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * People's data end to end: a manager plays, reflects, is on the roster and has a score sent; an
 * admin exports all of it, erases it (the LMS keeps the score), the erasure is in the audit log
 * without the data, and the same person launching again starts fresh. LMS admins reach only their
 * own registration's people; retention deletes what is older than its setting.
 */
class PeopleDataIT {
  static final String ADMIN =
      "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Administrator";
  private static final String REFLECTION = "I will ask Sam first next time, before the customer.";

  @Test
  void anAdminExportsEverythingAndErasesItAndThePersonStartsFresh() {
    try (TrackingFlow lms = TrackingFlow.start("people-export")) {
      String course = TrackingFlow.newCourse();
      String item = lms.services.createLineItem(course, "link-1", "Lesson", 100);
      Session learner = lms.learner(course, item);
      lms.services.setMembers(course, List.of(TrackingFlow.learnerMember(learner.subject(), "Jo")));
      JsonNode ended = TrackingFlow.playToTheEnd(learner);
      long attemptId = ended.path("id").asLong();
      expect(
          200,
          learner.call(
              "PUT",
              "/api/attempts/" + attemptId + "/reflection",
              "{\"text\":\"" + REFLECTION + "\"}"));
      Session trainer = lms.instructor(course);
      expect(
          200,
          trainer.call("POST", "/api/board/roster/refresh?moduleId=" + TrackingFlow.MODULE, null));
      await("the score delivered", () -> !lms.services.scores(course).isEmpty());
      await(
          "the delivery recorded as delivered",
          () ->
              TestDatabase.count(
                      "SELECT COUNT(*) FROM tracking_delivery WHERE attempt_id = ?"
                          + " AND status = 'DELIVERED'",
                      attemptId)
                  == 1);

      String byKey = byKey(lms, learner.subject());
      HttpResponse<String> exported =
          LtiFlow.admin("GET", "/api/admin/people/export" + byKey, null);
      JsonNode export = expect(200, exported);
      assertEquals("no-store", exported.headers().firstValue("Cache-Control").orElse(""));
      long personId = export.path("person").path("id").asLong();
      assertEquals(learner.subject(), export.path("person").path("subject").asString());
      assertEquals(lms.platform.issuer(), export.path("person").path("issuer").asString());
      assertFalse(export.path("launches").isEmpty(), export.toString());
      JsonNode attempt = export.path("attempts").get(0);
      assertEquals(attemptId, attempt.path("id").asLong());
      assertEquals(REFLECTION, attempt.path("reflection").asString());
      assertEquals("COMPLETED", attempt.path("status").asString());
      assertEquals(
          attempt.path("step_count").asInt(), attempt.path("steps").size(), "every step exported");
      assertEquals("DELIVERED", export.path("gradeDeliveries").get(0).path("status").asString());
      assertEquals(1, export.path("rosterEntries").size(), export.path("rosterEntries").toString());
      assertEquals(course, export.path("rosterEntries").get(0).path("context_id").asString());
      assertFalse(export.path("xapiStatements").isEmpty(), "the test server sends xAPI");
      JsonNode byId =
          expect(200, LtiFlow.admin("GET", "/api/admin/people/" + personId + "/export", null));
      assertEquals(export.path("attempts"), byId.path("attempts"), "by id, the same attempts");
      assertEquals(export.path("launches"), byId.path("launches"));

      JsonNode erased = expect(200, LtiFlow.admin("DELETE", "/api/admin/people" + byKey, null));
      assertEquals(1, erased.path("rowsDeleted").path("attempts").asInt(), erased.toString());
      assertEquals(
          404, LtiFlow.admin("GET", "/api/admin/people/export" + byKey, null).statusCode());
      assertEquals(0, rowsAbout(personId, attemptId, lms, learner.subject()), "nothing left");
      assertEquals(1, lms.services.scores(course).size(), "the LMS keeps the score it was sent");

      JsonNode log = expect(200, LtiFlow.admin("GET", "/api/admin/audit?limit=50", null));
      JsonNode erasure = entry(log, "person.erased", "person " + personId + " ");
      assertEquals("TOKEN", erasure.path("actorKind").asString());
      assertTrue(erasure.path("target").asString().contains(learner.subject()), "the person key");
      assertFalse(log.toString().contains(REFLECTION), "the log holds no erased data");
      entry(log, "person.exported", "person " + personId + " ");

      HttpResponse<String> stale =
          learner.call("POST", "/api/attempts", "{\"moduleId\":\"" + TrackingFlow.MODULE + "\"}");
      assertTrue(
          stale.statusCode() >= 400,
          "the erased person's old session saves nothing: " + stale.statusCode() + stale.body());
      assertEquals(
          0,
          TestDatabase.count("SELECT COUNT(*) FROM attempt WHERE person_id = ?", personId),
          "no attempt under the erased person");

      Session again =
          lms.launch(
              new Link(course, "link-1", TrackingFlow.MODULE),
              lms.ags(course, item),
              com.firstline.lti.testplatform.IdTokens.LEARNER,
              learner.subject());
      JsonNode fresh =
          expect(
              200,
              again.call(
                  "POST", "/api/attempts", "{\"moduleId\":\"" + TrackingFlow.MODULE + "\"}"));
      assertNotEquals(attemptId, fresh.path("id").asLong());
      assertEquals("IN_PROGRESS", fresh.path("status").asString(), "a new attempt, not the ending");
      JsonNode newPerson =
          expect(200, LtiFlow.admin("GET", "/api/admin/people/export" + byKey, null));
      assertNotEquals(personId, newPerson.path("person").path("id").asLong(), "a new person");
      assertEquals(1, newPerson.path("attempts").size());
    }
  }

  @Test
  void anLmsAdminReachesOnlyTheirOwnRegistrationsPeopleAndOthersAreRefused() {
    try (TrackingFlow one = TrackingFlow.start("people-tenant-one");
        TrackingFlow two = TrackingFlow.start("people-tenant-two")) {
      String course = TrackingFlow.newCourse();
      Session learner =
          one.learner(course, one.services.createLineItem(course, "link-1", "Lesson", 100));
      String byKey = byKey(one, learner.subject());
      Session adminOne = adminWithoutCourse(one);
      Session adminTwo = adminWithoutCourse(two);

      JsonNode export = expect(200, adminOne.call("GET", "/api/admin/people/export" + byKey, null));
      long personId = export.path("person").path("id").asLong();
      assertEquals(
          404, adminTwo.call("GET", "/api/admin/people/export" + byKey, null).statusCode());
      assertEquals(
          404,
          adminTwo.call("GET", "/api/admin/people/" + personId + "/export", null).statusCode());
      assertEquals(
          404, adminTwo.call("DELETE", "/api/admin/people/" + personId, null).statusCode());
      assertEquals(
          403,
          one.instructor(course).call("DELETE", "/api/admin/people" + byKey, null).statusCode());
      assertEquals(403, learner.call("GET", "/api/admin/people/export" + byKey, null).statusCode());
      assertEquals(
          401,
          ServerUnderTest.get("/api/admin/people/" + personId + "/export").statusCode(),
          "anonymous");
      assertEquals(
          400,
          LtiFlow.admin("GET", "/api/admin/people/export?issuer=x", null).statusCode(),
          "the subject is missing");

      JsonNode logOne = expect(200, adminOne.call("GET", "/api/admin/audit", null));
      entry(logOne, "person.exported", "person " + personId + " ");
      assertTrue(
          logOne.toString().contains("registration.created"), "their registration's creation");
      for (JsonNode e : logOne) {
        assertEquals(
            logOne.get(0).path("registrationId").asLong(),
            e.path("registrationId").asLong(),
            "an LMS admin reads only their registration's entries: " + e);
      }
      assertFalse(
          expect(200, adminTwo.call("GET", "/api/admin/audit", null))
              .toString()
              .contains("person " + personId + " "),
          "another LMS's admin does not see it");

      expect(200, adminOne.call("DELETE", "/api/admin/people/" + personId, null));
      JsonNode erasure =
          entry(expect(200, adminOne.call("GET", "/api/admin/audit", null)), "person.erased", "");
      assertEquals("PERSON", erasure.path("actorKind").asString());
    }
  }

  @Test
  void retentionDeletesAttemptsAndLaunchesOlderThanItsSettingAndKeepsTheRest() {
    try (TrackingFlow lms = TrackingFlow.start("people-retention")) {
      String course = TrackingFlow.newCourse();
      String item = lms.services.createLineItem(course, "link-1", "Lesson", 100);
      Session old = lms.learner(course, item);
      long oldAttempt = TrackingFlow.playToTheEnd(old).path("id").asLong();
      Session recent = lms.learner(course, item);
      long recentAttempt = TrackingFlow.playToTheEnd(recent).path("id").asLong();
      await(
          "both scores sent",
          () ->
              TestDatabase.count(
                      "SELECT COUNT(*) FROM tracking_delivery WHERE attempt_id IN (?, ?)"
                          + " AND status = 'DELIVERED'",
                      oldAttempt,
                      recentAttempt)
                  == 2);
      String oldLaunch = launchOf(oldAttempt);
      // The test server keeps 30 days: make the first manager's attempt and launch 31 days old.
      TestDatabase.update(
          "UPDATE attempt SET updated_at = NOW(3) - INTERVAL 31 DAY WHERE id = ?", oldAttempt);
      TestDatabase.update(
          "UPDATE lti_launch SET created_at = NOW(3) - INTERVAL 31 DAY WHERE id = ?", oldLaunch);

      await(
          "the old attempt and launch deleted",
          () ->
              TestDatabase.count("SELECT COUNT(*) FROM attempt WHERE id = ?", oldAttempt) == 0
                  && TestDatabase.count("SELECT COUNT(*) FROM lti_launch WHERE id = ?", oldLaunch)
                      == 0);
      assertEquals(
          0,
          TestDatabase.count("SELECT COUNT(*) FROM attempt_step WHERE attempt_id = ?", oldAttempt));
      assertEquals(
          1,
          TestDatabase.count("SELECT COUNT(*) FROM attempt WHERE id = ?", recentAttempt),
          "kept");
      assertEquals(
          1,
          TestDatabase.count(
              "SELECT COUNT(*) FROM lti_launch WHERE id = ?", launchOf(recentAttempt)));
    }
  }

  private static String launchOf(long attemptId) {
    return TestDatabase.text("SELECT launch_id FROM attempt WHERE id = ?", attemptId);
  }

  static Session adminWithoutCourse(TrackingFlow lms) {
    return lms.launch(new Link(null, "admin-link", TrackingFlow.MODULE), null, ADMIN, null);
  }

  private static String byKey(TrackingFlow lms, String subject) {
    return "?issuer="
        + URLEncoder.encode(lms.platform.issuer(), StandardCharsets.UTF_8)
        + "&subject="
        + URLEncoder.encode(subject, StandardCharsets.UTF_8);
  }

  private static long rowsAbout(long personId, long attemptId, TrackingFlow lms, String subject) {
    return TestDatabase.count("SELECT COUNT(*) FROM person WHERE id = ?", personId)
        + TestDatabase.count("SELECT COUNT(*) FROM attempt WHERE person_id = ?", personId)
        + TestDatabase.count("SELECT COUNT(*) FROM attempt_step WHERE attempt_id = ?", attemptId)
        + TestDatabase.count("SELECT COUNT(*) FROM lti_launch WHERE person_id = ?", personId)
        + TestDatabase.count("SELECT COUNT(*) FROM tracking_delivery WHERE person_id = ?", personId)
        + TestDatabase.count(
            "SELECT COUNT(*) FROM tracking_xapi_statement WHERE attempt_id = ?", attemptId)
        + TestDatabase.count(
            "SELECT COUNT(*) FROM tracking_roster_member m JOIN tracking_roster r"
                + " ON r.id = m.roster_id WHERE r.issuer = ? AND m.user_id = ?",
            lms.platform.issuer(),
            subject);
  }

  /** The newest entry of this action whose target contains {@code target}; fails if none. */
  private static JsonNode entry(JsonNode log, String action, String target) {
    for (JsonNode e : log) {
      if (e.path("action").asString().equals(action)
          && e.path("target").asString().contains(target)) {
        return e;
      }
    }
    throw new AssertionError("No " + action + " of '" + target + "' in the audit log: " + log);
  }
}
