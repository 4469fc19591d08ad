package com.firstline.engagement.control;

import com.firstline.engagement.org.ManagerKey;
import com.firstline.engagement.org.Matching;
import com.firstline.engagement.org.OrgHistory;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * The engagement tables as the reports read them, with plain SQL mapped straight into records (no
 * entity graph: the program report reads every team-wave of a survey), plus the hand-made manager
 * links and the access log. Only team-wave aggregates are stored, never answers; the write side of
 * imports is {@link ImportStore}.
 */
@ApplicationScoped
@Transactional
public class EngagementStore {
  @Resource(lookup = "jdbc/firstline")
  DataSource dataSource;

  /** A team's aggregate at one wave of one survey. */
  public record TeamWaveRow(
      String survey,
      LocalDate waveDate,
      String teamId,
      int respondents,
      Double engagement,
      Double enps) {}

  /** A completion, from the player or imported. */
  public record CompletionRow(
      String source,
      Long personId,
      String employeeId,
      String email,
      String moduleId,
      Instant completedAt,
      boolean passed,
      Integer score) {}

  /** One read of engagement data. */
  public record AccessEntry(long personId, String action, String detail, Instant at) {}

  public void logAccess(long personId, String action, String detail) {
    update(
        "INSERT INTO engagement_access_log (person_id, action, detail, at) VALUES (?, ?, ?, ?)",
        personId,
        action,
        detail == null ? null : Jdbc.cut(detail, 500),
        Timestamp.from(Instant.now()));
  }

  public List<AccessEntry> accessLog(int limit) {
    return query(
        "SELECT person_id, action, detail, at FROM engagement_access_log ORDER BY id DESC LIMIT ?",
        rs ->
            new AccessEntry(
                rs.getLong(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant()),
        limit);
  }

  public OrgHistory orgHistory() {
    return history(
        "SELECT s.as_of, t.team_id, t.team_name, t.manager_employee_id, t.manager_email,"
            + " t.parent_team_id FROM engagement_team t JOIN engagement_org_snapshot s ON s.id ="
            + " t.snapshot_id");
  }

  /** The history of only these teams (the manager view reads a handful, not the organisation). */
  public OrgHistory orgHistoryOf(Collection<String> teamIds) {
    if (teamIds.isEmpty()) {
      return new OrgHistory();
    }
    return history(
        "SELECT s.as_of, t.team_id, t.team_name, t.manager_employee_id, t.manager_email,"
            + " t.parent_team_id FROM engagement_team t JOIN engagement_org_snapshot s ON s.id ="
            + " t.snapshot_id WHERE t.team_id IN ("
            + Jdbc.placeholders(teamIds.size())
            + ")",
        teamIds.toArray());
  }

  private OrgHistory history(String sql, Object... parameters) {
    Map<LocalDate, Map<String, OrgHistory.Team>> snapshots = new TreeMap<>();
    for (Object[] row :
        query(
            sql,
            rs ->
                new Object[] {
                  rs.getDate(1).toLocalDate(),
                  new OrgHistory.Team(
                      rs.getString(2),
                      rs.getString(3),
                      rs.getString(4),
                      rs.getString(5),
                      rs.getString(6))
                },
            parameters)) {
      OrgHistory.Team team = (OrgHistory.Team) row[1];
      snapshots.computeIfAbsent((LocalDate) row[0], d -> new TreeMap<>()).put(team.teamId(), team);
    }
    OrgHistory history = new OrgHistory();
    snapshots.forEach(history::add);
    return history;
  }

  /** Team ids a manager led in any snapshot. */
  public List<String> teamsLedBy(String employeeId, String email) {
    return query(
        "SELECT DISTINCT team_id FROM engagement_team WHERE manager_employee_id = ?"
            + " OR (manager_employee_id IS NULL AND manager_email = ?)",
        rs -> rs.getString(1),
        employeeId,
        email);
  }

  /** Survey names with their number of waves, most waves first. */
  public Map<String, Integer> surveys() {
    Map<String, Integer> surveys = new java.util.LinkedHashMap<>();
    for (Object[] row :
        query(
            "SELECT survey, COUNT(*) FROM engagement_wave GROUP BY survey ORDER BY COUNT(*) DESC, survey",
            rs -> new Object[] {rs.getString(1), rs.getInt(2)})) {
      surveys.put((String) row[0], (Integer) row[1]);
    }
    return surveys;
  }

  public List<TeamWaveRow> teamWaves(String survey) {
    return query(
        "SELECT w.survey, w.wave_date, tw.team_id, tw.respondents, tw.engagement, tw.enps FROM"
            + " engagement_team_wave tw JOIN engagement_wave w ON w.id = tw.wave_id WHERE w.survey = ?"
            + " ORDER BY w.wave_date, tw.team_id",
        EngagementStore::teamWave,
        survey);
  }

  public List<TeamWaveRow> teamWavesOf(Collection<String> teamIds) {
    if (teamIds.isEmpty()) {
      return List.of();
    }
    return query(
        "SELECT w.survey, w.wave_date, tw.team_id, tw.respondents, tw.engagement, tw.enps FROM"
            + " engagement_team_wave tw JOIN engagement_wave w ON w.id = tw.wave_id WHERE tw.team_id IN ("
            + Jdbc.placeholders(teamIds.size())
            + ") ORDER BY w.survey, w.wave_date, tw.team_id",
        EngagementStore::teamWave,
        teamIds.toArray());
  }

  private static TeamWaveRow teamWave(ResultSet rs) throws SQLException {
    return new TeamWaveRow(
        rs.getString(1),
        rs.getDate(2).toLocalDate(),
        rs.getString(3),
        rs.getInt(4),
        (Double) rs.getObject(5, Double.class),
        (Double) rs.getObject(6, Double.class));
  }

  public List<CompletionRow> completions() {
    return query(
        "SELECT source, person_id, employee_id, email, module_id, completed_at, passed, score FROM"
            + " engagement_completion ORDER BY completed_at, id",
        EngagementStore::completion);
  }

  /** Completions of one manager: by the people matched to them, and imported by id or email. */
  public List<CompletionRow> completionsOf(
      Collection<Long> personIds, String employeeId, String email) {
    List<Object> parameters = new ArrayList<>(personIds);
    parameters.add(employeeId);
    parameters.add(email);
    String byPerson =
        personIds.isEmpty()
            ? "FALSE"
            : "person_id IN (" + Jdbc.placeholders(personIds.size()) + ")";
    return query(
        "SELECT source, person_id, employee_id, email, module_id, completed_at, passed, score FROM"
            + " engagement_completion WHERE "
            + byPerson
            + " OR employee_id = ? OR email = ? ORDER BY completed_at, id",
        EngagementStore::completion,
        parameters.toArray());
  }

  private static CompletionRow completion(ResultSet rs) throws SQLException {
    return new CompletionRow(
        rs.getString(1),
        (Long) rs.getObject(2, Long.class),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        rs.getTimestamp(6).toInstant(),
        rs.getBoolean(7),
        (Integer) rs.getObject(8, Integer.class));
  }

  /** LMS people who carry something a manager could be matched by. */
  public List<Matching.Person> people() {
    return query(
        "SELECT id, display_name, email, employee_id, person_sourcedid FROM person WHERE email IS NOT"
            + " NULL OR employee_id IS NOT NULL OR person_sourcedid IS NOT NULL",
        EngagementStore::person);
  }

  /** One person as matching sees them. */
  public Optional<Matching.Person> person(long personId) {
    return query(
            "SELECT id, display_name, email, employee_id, person_sourcedid FROM person WHERE id = ?",
            EngagementStore::person,
            personId)
        .stream()
        .findFirst();
  }

  /**
   * The people who carry one of these employee ids (or LIS sourced ids) or emails: every candidate
   * a few managers could be matched to, so one manager's view need not read everyone.
   */
  public List<Matching.Person> peopleWith(Collection<String> ids, Collection<String> emails) {
    List<Object> parameters = new ArrayList<>();
    List<String> conditions = new ArrayList<>();
    if (!ids.isEmpty()) {
      conditions.add("employee_id IN (" + Jdbc.placeholders(ids.size()) + ")");
      conditions.add("person_sourcedid IN (" + Jdbc.placeholders(ids.size()) + ")");
      parameters.addAll(ids);
      parameters.addAll(ids);
    }
    if (!emails.isEmpty()) {
      // The column's collation compares without regard to case, as matching does.
      conditions.add("email IN (" + Jdbc.placeholders(emails.size()) + ")");
      parameters.addAll(emails);
    }
    if (conditions.isEmpty()) {
      return List.of();
    }
    return query(
        "SELECT id, display_name, email, employee_id, person_sourcedid FROM person WHERE "
            + String.join(" OR ", conditions),
        EngagementStore::person,
        parameters.toArray());
  }

  private static Matching.Person person(ResultSet rs) throws SQLException {
    return new Matching.Person(
        rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5));
  }

  /**
   * Managers (employee id, email) of any snapshot whose employee id or email is one of these, and
   * those an admin linked to {@code personId} by hand: who a person could be as a manager.
   */
  public List<String> managerKeysFor(long personId, Collection<String> ids, String email) {
    List<String> keys = new ArrayList<>();
    if (!ids.isEmpty() || email != null) {
      List<Object> parameters = new ArrayList<>(ids);
      String byId =
          ids.isEmpty()
              ? "FALSE"
              : "manager_employee_id IN (" + Jdbc.placeholders(ids.size()) + ")";
      parameters.add(email);
      for (String[] manager :
          query(
              "SELECT DISTINCT manager_employee_id, manager_email FROM engagement_team WHERE "
                  + byId
                  + " OR LOWER(manager_email) = LOWER(?)",
              rs -> new String[] {rs.getString(1), rs.getString(2)},
              parameters.toArray())) {
        String key = ManagerKey.of(manager[0], manager[1]);
        if (key != null && !keys.contains(key)) {
          keys.add(key);
        }
      }
    }
    query(
            "SELECT manager_key FROM engagement_manager_link WHERE person_id = ?",
            rs -> rs.getString(1),
            personId)
        .stream()
        .filter(key -> !keys.contains(key))
        .forEach(keys::add);
    return keys;
  }

  public Map<String, Long> links() {
    Map<String, Long> links = new HashMap<>();
    for (Object[] row :
        query(
            "SELECT manager_key, person_id FROM engagement_manager_link",
            rs -> new Object[] {rs.getString(1), rs.getLong(2)})) {
      links.put((String) row[0], (Long) row[1]);
    }
    return links;
  }

  public void link(String managerKey, long personId, long by) {
    update("DELETE FROM engagement_manager_link WHERE manager_key = ?", managerKey);
    update(
        "INSERT INTO engagement_manager_link (manager_key, person_id, linked_by, linked_at) VALUES"
            + " (?, ?, ?, ?)",
        managerKey,
        personId,
        by,
        Timestamp.from(Instant.now()));
  }

  public boolean unlink(String managerKey) {
    return update("DELETE FROM engagement_manager_link WHERE manager_key = ?", managerKey) > 0;
  }

  public boolean personExists(long personId) {
    return !query("SELECT id FROM person WHERE id = ?", rs -> rs.getLong(1), personId).isEmpty();
  }

  private Jdbc jdbc() {
    return new Jdbc(dataSource);
  }

  private <T> List<T> query(String sql, Jdbc.RowMapper<T> mapper, Object... parameters) {
    return jdbc().query(sql, mapper, parameters);
  }

  private int update(String sql, Object... parameters) {
    return jdbc().update(sql, parameters);
  }
}
