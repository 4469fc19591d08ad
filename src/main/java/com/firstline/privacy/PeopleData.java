package com.firstline.privacy;

import com.firstline.audit.Admin;
import com.firstline.audit.AdminAction;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Everything Firstline holds about one person, exported or erased, each in one transaction with its
 * audit entry. Tables are read whole ({@code SELECT *}), so a column added to them later is
 * exported too.
 *
 * <p>What erasure does: attempts with their steps and reflections, launches, roster entries, the
 * score deliveries and xAPI statements of those attempts, engagement completions and manager links
 * are deleted; the person row too, unless authoring records name them (a draft they last saved), in
 * which case it stays as an empty tombstone under a new subject. Scores and statements already sent
 * stay in the LMS and LRS: Firstline cannot take them back. The person's next launch starts a new
 * person.
 */
@ApplicationScoped
@Transactional
public class PeopleData {
  @Resource(lookup = "jdbc/firstline")
  DataSource dataSource;

  @Inject Event<AdminAction> actions;

  Clock clock = Clock.systemUTC();

  /** How the admin names the person: Firstline's id, or the LMS's issuer and subject. */
  public record Lookup(Long id, String issuer, String subject) {}

  /** What an erasure removed, by table. */
  public record Erased(long personId, Map<String, Integer> rowsDeleted, boolean personKept) {}

  public Map<String, Object> export(Admin admin, Lookup lookup) {
    try (Connection db = dataSource.getConnection()) {
      PersonKey person = find(db, admin, lookup, false);
      long id = person.id();
      Long tenant = tenant(db, admin, id);
      Map<String, Object> export = new LinkedHashMap<>();
      export.put("exportedAt", clock.instant().toString());
      export.put("person", Rows.read(db, "SELECT * FROM person WHERE id = ?", id).get(0));
      export.put(
          "launches",
          Rows.read(db, "SELECT * FROM lti_launch WHERE person_id = ? ORDER BY created_at", id));
      export.put("attempts", attemptsWithSteps(db, id));
      export.put(
          "gradeDeliveries",
          Rows.read(db, "SELECT * FROM tracking_delivery WHERE person_id = ? ORDER BY id", id));
      export.put(
          "xapiStatements",
          Rows.read(
              db,
              "SELECT x.* FROM tracking_xapi_statement x JOIN attempt a ON a.id = x.attempt_id"
                  + " WHERE a.person_id = ? ORDER BY x.id",
              id));
      export.put(
          "rosterEntries",
          Rows.read(
              db,
              "SELECT r.issuer, r.context_id, m.* FROM tracking_roster_member m"
                  + " JOIN tracking_roster r ON r.id = m.roster_id"
                  + " WHERE r.issuer = ? AND m.user_id = ? ORDER BY m.id",
              person.issuer(),
              person.subject()));
      export.put(
          "authoringDrafts",
          Rows.read(
              db,
              "SELECT module_id, revision, updated_at FROM authoring_draft WHERE updated_by = ?",
              id));
      export.put(
          "publishedModuleVersions",
          Rows.read(
              db,
              "SELECT module_id, version FROM module_version WHERE published_by = ? ORDER BY id",
              id));
      export.put(
          "engagementCompletions",
          Rows.read(db, "SELECT * FROM engagement_completion WHERE person_id = ? ORDER BY id", id));
      export.put(
          "engagementManagerLinks",
          Rows.read(db, "SELECT * FROM engagement_manager_link WHERE person_id = ?", id));
      export.put(
          "engagementReads",
          Rows.read(db, "SELECT * FROM engagement_access_log WHERE person_id = ? ORDER BY id", id));
      actions.fire(new AdminAction(admin.actor(), "person.exported", person.describe(), tenant));
      return export;
    } catch (SQLException e) {
      throw new IllegalStateException("The person's data could not be read", e);
    }
  }

  public Erased erase(Admin admin, Lookup lookup) {
    try (Connection db = dataSource.getConnection()) {
      PersonKey person = find(db, admin, lookup, true);
      long id = person.id();
      Long tenant = tenant(db, admin, id);
      Map<String, Integer> deleted = new LinkedHashMap<>();
      String ofAttempts = " WHERE attempt_id IN (SELECT id FROM attempt WHERE person_id = ?)";
      deleted.put(
          "xapiStatements",
          Rows.update(db, "DELETE FROM tracking_xapi_statement" + ofAttempts, id));
      deleted.put(
          "gradeDeliveries",
          Rows.update(
              db,
              "DELETE FROM tracking_delivery WHERE person_id = ?"
                  + " OR attempt_id IN (SELECT id FROM attempt WHERE person_id = ?)",
              id,
              id));
      deleted.put("attemptSteps", Rows.update(db, "DELETE FROM attempt_step" + ofAttempts, id));
      deleted.put(
          "engagementCompletions",
          Rows.update(
              db,
              "DELETE FROM engagement_completion WHERE person_id = ?"
                  + " OR attempt_id IN (SELECT id FROM attempt WHERE person_id = ?)",
              id,
              id));
      deleted.put(
          "engagementManagerLinks",
          Rows.update(db, "DELETE FROM engagement_manager_link WHERE person_id = ?", id));
      deleted.put("attempts", Rows.update(db, "DELETE FROM attempt WHERE person_id = ?", id));
      deleted.put(
          "rosterEntries",
          Rows.update(
              db,
              "DELETE m FROM tracking_roster_member m JOIN tracking_roster r ON r.id = m.roster_id"
                  + " WHERE r.issuer = ? AND m.user_id = ?",
              person.issuer(),
              person.subject()));
      deleted.put("launches", Rows.update(db, "DELETE FROM lti_launch WHERE person_id = ?", id));
      boolean kept = authored(db, id);
      if (kept) {
        // Drafts name who saved them last; the row stays, emptied, under a subject no LMS sends.
        Rows.update(
            db,
            "UPDATE person SET subject = CONCAT('erased:', id), display_name = NULL, email = NULL,"
                + " person_sourcedid = NULL, employee_id = NULL WHERE id = ?",
            id);
      } else {
        Rows.update(db, "DELETE FROM person WHERE id = ?", id);
      }
      actions.fire(new AdminAction(admin.actor(), "person.erased", person.describe(), tenant));
      return new Erased(id, deleted, kept);
    } catch (SQLException e) {
      throw new IllegalStateException("The person's data could not be erased", e);
    }
  }

  private static PersonKey find(Connection db, Admin admin, Lookup lookup, boolean lock)
      throws SQLException {
    return lookup.id() != null
        ? PeopleDirectory.byId(db, admin, lookup.id(), lock)
        : PeopleDirectory.byKey(db, admin, lookup.issuer(), lookup.subject(), lock);
  }

  private static List<Map<String, Object>> attemptsWithSteps(Connection db, long personId)
      throws SQLException {
    List<Map<String, Object>> attempts =
        Rows.read(db, "SELECT * FROM attempt WHERE person_id = ? ORDER BY id", personId);
    Map<Object, List<Map<String, Object>>> steps = new LinkedHashMap<>();
    for (Map<String, Object> step :
        Rows.read(
            db,
            "SELECT s.* FROM attempt_step s JOIN attempt a ON a.id = s.attempt_id"
                + " WHERE a.person_id = ? ORDER BY s.attempt_id, s.step_no",
            personId)) {
      steps.computeIfAbsent(step.get("attempt_id"), k -> new ArrayList<>()).add(step);
    }
    for (Map<String, Object> attempt : attempts) {
      attempt.put("steps", steps.getOrDefault(attempt.get("id"), List.of()));
    }
    return attempts;
  }

  private static boolean authored(Connection db, long personId) throws SQLException {
    return !Rows.read(db, "SELECT 1 FROM authoring_draft WHERE updated_by = ? LIMIT 1", personId)
        .isEmpty();
  }

  /**
   * The tenant an action on this person belongs to: the LMS admin's own, or for the operator the
   * registration the person last launched from, so that LMS admins see it in their log too.
   */
  private static Long tenant(Connection db, Admin admin, long personId) throws SQLException {
    if (!admin.everything()) {
      return admin.registrationId();
    }
    List<Map<String, Object>> latest =
        Rows.read(
            db,
            "SELECT registration_id FROM lti_launch WHERE person_id = ?"
                + " AND registration_id IS NOT NULL ORDER BY created_at DESC LIMIT 1",
            personId);
    return latest.isEmpty() ? null : ((Number) latest.get(0).get("registration_id")).longValue();
  }
}
