package com.firstline.privacy;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * The retention job's deletes, one batch per transaction. Safe on several nodes at once: a node
 * locks the attempts of its batch ({@code FOR UPDATE SKIP LOCKED}, so two nodes take different
 * ones), and deleting what another node already deleted deletes nothing.
 */
@ApplicationScoped
public class RetentionStore {
  @Resource(lookup = "jdbc/firstline")
  DataSource dataSource;

  /**
   * Deletes up to {@code batch} attempts last touched before {@code cutoff}, with their steps,
   * score deliveries and xAPI statements. An attempt whose score still waits to be sent is kept
   * until it has been sent (or has failed).
   *
   * @return how many attempts were deleted
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int deleteAttemptsBefore(Instant cutoff, int batch) {
    try (Connection db = dataSource.getConnection()) {
      List<Long> ids = new ArrayList<>();
      try (PreparedStatement query =
          db.prepareStatement(
              "SELECT a.id FROM attempt a WHERE a.updated_at < ? AND NOT EXISTS"
                  + " (SELECT 1 FROM tracking_delivery d WHERE d.attempt_id = a.id"
                  + " AND d.status = 'PENDING') ORDER BY a.id LIMIT ? FOR UPDATE SKIP LOCKED")) {
        query.setTimestamp(1, Timestamp.from(cutoff));
        query.setInt(2, batch);
        try (ResultSet row = query.executeQuery()) {
          while (row.next()) {
            ids.add(row.getLong(1));
          }
        }
      }
      if (ids.isEmpty()) {
        return 0;
      }
      // Ids are numbers read just now, never input: safe to write into the statement.
      String in = ids.stream().map(String::valueOf).collect(Collectors.joining(",", "(", ")"));
      Rows.update(db, "DELETE FROM tracking_xapi_statement WHERE attempt_id IN " + in);
      Rows.update(db, "DELETE FROM tracking_delivery WHERE attempt_id IN " + in);
      Rows.update(db, "DELETE FROM attempt_step WHERE attempt_id IN " + in);
      return Rows.update(db, "DELETE FROM attempt WHERE id IN " + in);
    } catch (SQLException e) {
      throw new IllegalStateException("Old attempts could not be deleted", e);
    }
  }

  /**
   * Deletes up to {@code batch} launches made before {@code cutoff} that no remaining attempt names
   * (the board and the grade of an attempt read its launch).
   *
   * @return how many launches were deleted
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int deleteLaunchesBefore(Instant cutoff, int batch) {
    try (Connection db = dataSource.getConnection()) {
      return Rows.update(
          db,
          "DELETE FROM lti_launch WHERE created_at < ? AND NOT EXISTS"
              + " (SELECT 1 FROM attempt a WHERE a.launch_id = lti_launch.id)"
              + " ORDER BY created_at LIMIT ?",
          Timestamp.from(cutoff),
          batch);
    } catch (SQLException e) {
      throw new IllegalStateException("Old launches could not be deleted", e);
    }
  }
}
