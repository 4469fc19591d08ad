package com.firstline.engagement.control;

import com.firstline.engagement.imports.CompletionFile;
import com.firstline.engagement.imports.OrgFile;
import com.firstline.engagement.imports.SurveyFile;
import com.firstline.engagement.org.Matching;
import com.firstline.engagement.org.OrgHistory;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * The engagement tables, read and written with plain JDBC in the caller's transaction (batched: an
 * import writes thousands of team-waves). Only team-wave aggregates are stored, never answers.
 */
@ApplicationScoped
@Transactional
public class EngagementStore {
  private static final int BATCH = 500;

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

  /** An import and how far it is. */
  public record ImportRow(
      long id,
      String kind,
      String fileName,
      String status,
      long rowsRead,
      long bytesRead,
      long totalBytes,
      int errorCount,
      String errorsJson,
      String summary,
      long startedBy,
      Instant startedAt,
      Instant finishedAt) {}

  public void logAccess(long personId, String action, String detail) {
    update(
        "INSERT INTO engagement_access_log (person_id, action, detail, at) VALUES (?, ?, ?, ?)",
        personId,
        action,
        detail == null ? null : cut(detail, 500),
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

  public Set<String> knownTeamIds() {
    return new HashSet<>(
        query("SELECT DISTINCT team_id FROM engagement_team", rs -> rs.getString(1)));
  }

  public long saveOrg(LocalDate asOf, List<OrgFile.Team> teams, boolean sample) {
    return withConnection(
        c -> {
          long snapshot;
          try (PreparedStatement insert =
              c.prepareStatement(
                  "INSERT INTO engagement_org_snapshot (as_of, imported_at, sample) VALUES (?, ?, ?)",
                  PreparedStatement.RETURN_GENERATED_KEYS)) {
            insert.setDate(1, Date.valueOf(asOf));
            insert.setTimestamp(2, Timestamp.from(Instant.now()));
            insert.setBoolean(3, sample);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
              keys.next();
              snapshot = keys.getLong(1);
            }
          }
          try (PreparedStatement team =
              c.prepareStatement(
                  "INSERT INTO engagement_team (snapshot_id, team_id, team_name, manager_employee_id,"
                      + " manager_email, parent_team_id, headcount) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            int pending = 0;
            for (OrgFile.Team t : teams) {
              team.setLong(1, snapshot);
              team.setString(2, t.teamId());
              team.setString(3, t.teamName());
              team.setString(4, t.managerEmployeeId());
              team.setString(5, t.managerEmail());
              team.setString(6, t.parentTeamId());
              if (t.headcount() == null) {
                team.setNull(7, Types.INTEGER);
              } else {
                team.setInt(7, t.headcount());
              }
              team.addBatch();
              if (++pending % BATCH == 0) {
                team.executeBatch();
              }
            }
            team.executeBatch();
          }
          return snapshot;
        });
  }

  /** Replaces each wave the results hold (same survey and date), all in this transaction. */
  public int replaceWaves(SurveyFile.Results results, boolean sample) {
    return withConnection(
        c -> {
          int teamWaves = 0;
          for (Map.Entry<SurveyFile.Wave, Map<String, SurveyFile.TeamWave>> wave :
              results.waves().entrySet()) {
            try (PreparedStatement delete =
                c.prepareStatement(
                    "DELETE FROM engagement_wave WHERE survey = ? AND wave_date = ?")) {
              delete.setString(1, wave.getKey().survey());
              delete.setDate(2, Date.valueOf(wave.getKey().date()));
              delete.executeUpdate();
            }
            long waveId;
            try (PreparedStatement insert =
                c.prepareStatement(
                    "INSERT INTO engagement_wave (survey, wave_date, source, imported_at, sample)"
                        + " VALUES (?, ?, ?, ?, ?)",
                    PreparedStatement.RETURN_GENERATED_KEYS)) {
              insert.setString(1, wave.getKey().survey());
              insert.setDate(2, Date.valueOf(wave.getKey().date()));
              insert.setString(3, results.shape().name().toLowerCase(java.util.Locale.ROOT));
              insert.setTimestamp(4, Timestamp.from(Instant.now()));
              insert.setBoolean(5, sample);
              insert.executeUpdate();
              try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                waveId = keys.getLong(1);
              }
            }
            teamWaves += insertTeamWaves(c, waveId, wave.getValue());
          }
          return teamWaves;
        });
  }

  private static int insertTeamWaves(
      Connection c, long waveId, Map<String, SurveyFile.TeamWave> teams) throws SQLException {
    try (PreparedStatement row =
            c.prepareStatement(
                "INSERT INTO engagement_team_wave (wave_id, team_id, invited, respondents, engagement,"
                    + " mean_score, enps) VALUES (?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement item =
            c.prepareStatement(
                "INSERT INTO engagement_item (wave_id, team_id, item, favourability) VALUES (?, ?, ?, ?)")) {
      int pending = 0;
      for (Map.Entry<String, SurveyFile.TeamWave> entry : teams.entrySet()) {
        SurveyFile.TeamWave tw = entry.getValue();
        row.setLong(1, waveId);
        row.setString(2, entry.getKey());
        setInteger(row, 3, tw.invited());
        row.setInt(4, tw.respondents());
        setDouble(row, 5, tw.engagement());
        setDouble(row, 6, tw.meanScore());
        setDouble(row, 7, tw.enps());
        row.addBatch();
        for (Map.Entry<String, Double> favourability : tw.items().entrySet()) {
          item.setLong(1, waveId);
          item.setString(2, entry.getKey());
          item.setString(3, favourability.getKey());
          item.setDouble(4, favourability.getValue());
          item.addBatch();
        }
        if (++pending % BATCH == 0) {
          row.executeBatch();
          item.executeBatch();
        }
      }
      row.executeBatch();
      item.executeBatch();
      return teams.size();
    }
  }

  public int addCompletions(List<CompletionFile.Completion> completions, boolean sample) {
    return withConnection(
        c -> {
          try (PreparedStatement insert =
              c.prepareStatement(
                  "INSERT INTO engagement_completion (source, employee_id, email, module_id,"
                      + " completed_at, passed, score, sample) VALUES ('imported', ?, ?, ?, ?, ?, ?, ?)")) {
            int pending = 0;
            for (CompletionFile.Completion done : completions) {
              insert.setString(1, done.employeeId());
              insert.setString(2, done.email());
              insert.setString(3, done.moduleId());
              insert.setTimestamp(4, Timestamp.from(done.completedAt()));
              insert.setBoolean(5, done.passed());
              setInteger(insert, 6, done.score());
              insert.setBoolean(7, sample);
              insert.addBatch();
              if (++pending % BATCH == 0) {
                insert.executeBatch();
              }
            }
            insert.executeBatch();
          }
          return completions.size();
        });
  }

  public void recordLaunchCompletion(
      long attemptId, long personId, String moduleId, Instant at, boolean passed, int score) {
    update(
        "INSERT INTO engagement_completion (source, attempt_id, person_id, module_id, completed_at,"
            + " passed, score, sample) VALUES ('launch', ?, ?, ?, ?, ?, ?, FALSE)",
        attemptId,
        personId,
        moduleId,
        Timestamp.from(at),
        passed,
        score);
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
            + placeholders(teamIds.size())
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
            + placeholders(teamIds.size())
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
        personIds.isEmpty() ? "FALSE" : "person_id IN (" + placeholders(personIds.size()) + ")";
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
        rs ->
            new Matching.Person(
                rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
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

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public long startImport(String kind, String fileName, long totalBytes, long by) {
    return withConnection(
        c -> {
          try (PreparedStatement insert =
              c.prepareStatement(
                  "INSERT INTO engagement_import (kind, file_name, status, total_bytes, started_by,"
                      + " started_at) VALUES (?, ?, 'running', ?, ?, ?)",
                  PreparedStatement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, kind);
            insert.setString(2, cut(fileName, 300));
            insert.setLong(3, totalBytes);
            insert.setLong(4, by);
            insert.setTimestamp(5, Timestamp.from(Instant.now()));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
              keys.next();
              return keys.getLong(1);
            }
          }
        });
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void importProgress(long id, long rows, long bytes) {
    update(
        "UPDATE engagement_import SET rows_read = ?, bytes_read = ? WHERE id = ?", rows, bytes, id);
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void finishImport(
      long id, String status, long rows, int errorCount, String errorsJson, String summary) {
    update(
        "UPDATE engagement_import SET status = ?, rows_read = ?, bytes_read = total_bytes,"
            + " error_count = ?, errors = ?, summary = ?, finished_at = ? WHERE id = ?",
        status,
        rows,
        errorCount,
        errorsJson,
        summary == null ? null : cut(summary, 1000),
        Timestamp.from(Instant.now()),
        id);
  }

  public List<ImportRow> imports(Long id, int limit) {
    String where = id == null ? "" : " WHERE id = " + id;
    return query(
        "SELECT id, kind, file_name, status, rows_read, bytes_read, total_bytes, error_count, errors,"
            + " summary, started_by, started_at, finished_at FROM engagement_import"
            + where
            + " ORDER BY id DESC LIMIT ?",
        rs ->
            new ImportRow(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getLong(5),
                rs.getLong(6),
                rs.getLong(7),
                rs.getInt(8),
                rs.getString(9),
                rs.getString(10),
                rs.getLong(11),
                rs.getTimestamp(12).toInstant(),
                rs.getTimestamp(13) == null ? null : rs.getTimestamp(13).toInstant()),
        limit);
  }

  public boolean hasSample() {
    return !query(
            "SELECT id FROM engagement_org_snapshot WHERE sample LIMIT 1", rs -> rs.getLong(1))
        .isEmpty();
  }

  /** Deletes everything the sample organisation added; nothing imported for real is touched. */
  public void deleteSample() {
    update("DELETE FROM engagement_wave WHERE sample");
    update("DELETE FROM engagement_org_snapshot WHERE sample");
    update("DELETE FROM engagement_completion WHERE sample");
    update("DELETE FROM engagement_manager_link WHERE manager_key LIKE 'id:SAMPLE-%'");
  }

  // --- plain JDBC ---

  @FunctionalInterface
  interface RowMapper<T> {
    T map(ResultSet rs) throws SQLException;
  }

  @FunctionalInterface
  interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  private <T> T withConnection(Work<T> work) {
    try (Connection c = dataSource.getConnection()) {
      return work.run(c);
    } catch (SQLException e) {
      throw new IllegalStateException("Engagement store: " + e.getMessage(), e);
    }
  }

  private <T> List<T> query(String sql, RowMapper<T> mapper, Object... parameters) {
    return withConnection(
        c -> {
          try (PreparedStatement statement = c.prepareStatement(sql)) {
            bind(statement, parameters);
            List<T> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
              while (rs.next()) {
                rows.add(mapper.map(rs));
              }
            }
            return rows;
          }
        });
  }

  private int update(String sql, Object... parameters) {
    return withConnection(
        c -> {
          try (PreparedStatement statement = c.prepareStatement(sql)) {
            bind(statement, parameters);
            return statement.executeUpdate();
          }
        });
  }

  private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
    for (int i = 0; i < parameters.length; i++) {
      statement.setObject(i + 1, parameters[i]);
    }
  }

  private static void setInteger(PreparedStatement s, int index, Integer value)
      throws SQLException {
    if (value == null) {
      s.setNull(index, Types.INTEGER);
    } else {
      s.setInt(index, value);
    }
  }

  private static void setDouble(PreparedStatement s, int index, Double value) throws SQLException {
    if (value == null) {
      s.setNull(index, Types.DOUBLE);
    } else {
      s.setDouble(index, value);
    }
  }

  private static String placeholders(int count) {
    return String.join(", ", java.util.Collections.nCopies(count, "?"));
  }

  private static String cut(String value, int max) {
    return value.length() <= max ? value : value.substring(0, max);
  }
}
