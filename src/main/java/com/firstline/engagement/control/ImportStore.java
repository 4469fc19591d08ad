package com.firstline.engagement.control;

import static com.firstline.engagement.control.Jdbc.cut;
import static com.firstline.engagement.control.Jdbc.insertReturningKey;
import static com.firstline.engagement.control.Jdbc.setDouble;
import static com.firstline.engagement.control.Jdbc.setInteger;

import com.firstline.engagement.imports.CompletionFile;
import com.firstline.engagement.imports.OrgFile;
import com.firstline.engagement.imports.SurveyFile;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The write side of the engagement tables: organisation snapshots, survey waves and completions in
 * batches of plain JDBC inside the caller's transaction (an import writes thousands of team-waves),
 * and the imports' progress, each update in a transaction of its own so a page sees it at once.
 */
@ApplicationScoped
@Transactional
public class ImportStore {
  private static final int BATCH = 500;

  @Resource(lookup = "jdbc/firstline")
  DataSource dataSource;

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

  private Jdbc jdbc() {
    return new Jdbc(dataSource);
  }

  public Set<String> knownTeamIds() {
    return new HashSet<>(
        jdbc().query("SELECT DISTINCT team_id FROM engagement_team", rs -> rs.getString(1)));
  }

  public long saveOrg(LocalDate asOf, List<OrgFile.Team> teams, boolean sample) {
    return jdbc()
        .withConnection(
            c -> {
              long snapshot;
              try (PreparedStatement insert =
                  c.prepareStatement(
                      "INSERT INTO engagement_org_snapshot (as_of, imported_at, sample) VALUES (?,"
                          + " ?, ?)",
                      PreparedStatement.RETURN_GENERATED_KEYS)) {
                insert.setDate(1, Date.valueOf(asOf));
                insert.setTimestamp(2, Timestamp.from(Instant.now()));
                insert.setBoolean(3, sample);
                snapshot = insertReturningKey(insert);
              }
              try (PreparedStatement team =
                  c.prepareStatement(
                      "INSERT INTO engagement_team (snapshot_id, team_id, team_name,"
                          + " manager_employee_id, manager_email, parent_team_id, headcount) VALUES"
                          + " (?, ?, ?, ?, ?, ?, ?)")) {
                int pending = 0;
                for (OrgFile.Team t : teams) {
                  team.setLong(1, snapshot);
                  team.setString(2, t.teamId());
                  team.setString(3, t.teamName());
                  team.setString(4, t.managerEmployeeId());
                  team.setString(5, t.managerEmail());
                  team.setString(6, t.parentTeamId());
                  setInteger(team, 7, t.headcount());
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
    return jdbc()
        .withConnection(
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
                        "INSERT INTO engagement_wave (survey, wave_date, source, imported_at,"
                            + " sample) VALUES (?, ?, ?, ?, ?)",
                        PreparedStatement.RETURN_GENERATED_KEYS)) {
                  insert.setString(1, wave.getKey().survey());
                  insert.setDate(2, Date.valueOf(wave.getKey().date()));
                  insert.setString(3, results.shape().name().toLowerCase(Locale.ROOT));
                  insert.setTimestamp(4, Timestamp.from(Instant.now()));
                  insert.setBoolean(5, sample);
                  waveId = insertReturningKey(insert);
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
                "INSERT INTO engagement_team_wave (wave_id, team_id, invited, respondents,"
                    + " engagement, mean_score, enps) VALUES (?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement item =
            c.prepareStatement(
                "INSERT INTO engagement_item (wave_id, team_id, item, favourability) VALUES (?, ?,"
                    + " ?, ?)")) {
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
    return jdbc()
        .withConnection(
            c -> {
              try (PreparedStatement insert =
                  c.prepareStatement(
                      "INSERT INTO engagement_completion (source, employee_id, email, module_id,"
                          + " completed_at, passed, score, sample) VALUES ('imported', ?, ?, ?, ?,"
                          + " ?, ?, ?)")) {
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
    jdbc()
        .update(
            "INSERT INTO engagement_completion (source, attempt_id, person_id, module_id,"
                + " completed_at, passed, score, sample) VALUES ('launch', ?, ?, ?, ?, ?, ?,"
                + " FALSE)",
            attemptId,
            personId,
            moduleId,
            Timestamp.from(at),
            passed,
            score);
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public long startImport(String kind, String fileName, long totalBytes, long by) {
    return jdbc()
        .withConnection(
            c -> {
              try (PreparedStatement insert =
                  c.prepareStatement(
                      "INSERT INTO engagement_import (kind, file_name, status, total_bytes,"
                          + " started_by, started_at) VALUES (?, ?, 'running', ?, ?, ?)",
                      PreparedStatement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, kind);
                insert.setString(2, cut(fileName, 300));
                insert.setLong(3, totalBytes);
                insert.setLong(4, by);
                insert.setTimestamp(5, Timestamp.from(Instant.now()));
                return insertReturningKey(insert);
              }
            });
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void importProgress(long id, long rows, long bytes) {
    jdbc()
        .update(
            "UPDATE engagement_import SET rows_read = ?, bytes_read = ? WHERE id = ?",
            rows,
            bytes,
            id);
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void finishImport(
      long id, String status, long rows, int errorCount, String errorsJson, String summary) {
    jdbc()
        .update(
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
    String where = id == null ? "" : " WHERE id = ?";
    Object[] parameters = id == null ? new Object[] {limit} : new Object[] {id, limit};
    return jdbc()
        .query(
            "SELECT id, kind, file_name, status, rows_read, bytes_read, total_bytes, error_count,"
                + " errors, summary, started_by, started_at, finished_at FROM engagement_import"
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
            parameters);
  }

  public boolean hasSample() {
    return !jdbc()
        .query("SELECT id FROM engagement_org_snapshot WHERE sample LIMIT 1", rs -> rs.getLong(1))
        .isEmpty();
  }

  /** Deletes everything the sample organisation added; nothing imported for real is touched. */
  public void deleteSample() {
    Jdbc jdbc = jdbc();
    jdbc.update("DELETE FROM engagement_wave WHERE sample");
    jdbc.update("DELETE FROM engagement_org_snapshot WHERE sample");
    jdbc.update("DELETE FROM engagement_completion WHERE sample");
    jdbc.update("DELETE FROM engagement_manager_link WHERE manager_key LIKE 'id:SAMPLE-%'");
  }
}
