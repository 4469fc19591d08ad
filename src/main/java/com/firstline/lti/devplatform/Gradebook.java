package com.firstline.lti.devplatform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The development LMS's gradebook: line items (columns) made by the tool over AGS, and the latest
 * score each learner got in each, as the tool sent it.
 */
@ApplicationScoped
@Transactional
public class Gradebook {
  @PersistenceContext(unitName = "firstline")
  EntityManager em;

  Clock clock = Clock.systemUTC();

  /** One column of the gradebook. */
  record LineItem(long id, String resourceId, String label, BigDecimal scoreMaximum) {}

  /** One cell: a learner's latest score in a column. */
  record Cell(
      long lineItemId,
      String userId,
      BigDecimal scoreGiven,
      BigDecimal scoreMaximum,
      String activityProgress,
      String gradingProgress,
      String comment,
      Instant receivedAt) {}

  /** A score as the tool posted it (AGS 2.0 §3.4). */
  record ScorePosted(
      String userId,
      BigDecimal scoreGiven,
      BigDecimal scoreMaximum,
      String activityProgress,
      String gradingProgress,
      String comment) {}

  public List<LineItem> lineItems(String resourceId) {
    String filter = resourceId == null ? "" : " AND resource_id = ?2";
    var query =
        em.createNativeQuery(
                "SELECT id, resource_id, label, score_maximum FROM dev_platform_line_item"
                    + " WHERE context_id = ?1"
                    + filter
                    + " ORDER BY id")
            .setParameter(1, SampleCourse.CONTEXT_ID);
    if (resourceId != null) {
      query.setParameter(2, resourceId);
    }
    return query.getResultList().stream().map(Gradebook::lineItem).toList();
  }

  public Optional<LineItem> lineItem(long id) {
    return em
        .createNativeQuery(
            "SELECT id, resource_id, label, score_maximum FROM dev_platform_line_item WHERE id = ?1")
        .setParameter(1, id)
        .getResultList()
        .stream()
        .map(Gradebook::lineItem)
        .findFirst();
  }

  public LineItem create(String resourceId, String label, BigDecimal scoreMaximum) {
    em.createNativeQuery(
            "INSERT INTO dev_platform_line_item"
                + " (context_id, resource_id, label, score_maximum, created_at)"
                + " VALUES (?1, ?2, ?3, ?4, ?5)")
        .setParameter(1, SampleCourse.CONTEXT_ID)
        .setParameter(2, resourceId)
        .setParameter(3, label)
        .setParameter(4, scoreMaximum)
        .setParameter(5, Timestamp.from(clock.instant()))
        .executeUpdate();
    long id =
        ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
    return new LineItem(id, resourceId, label, scoreMaximum);
  }

  /** Keeps the learner's latest score in the column, replacing the one before. */
  public void record(long lineItemId, ScorePosted score) {
    em.createNativeQuery(
            "INSERT INTO dev_platform_score (line_item_id, user_id, score_given, score_maximum,"
                + " activity_progress, grading_progress, comment_text, received_at)"
                + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"
                + " ON DUPLICATE KEY UPDATE score_given = VALUES(score_given),"
                + " score_maximum = VALUES(score_maximum),"
                + " activity_progress = VALUES(activity_progress),"
                + " grading_progress = VALUES(grading_progress),"
                + " comment_text = VALUES(comment_text), received_at = VALUES(received_at)")
        .setParameter(1, lineItemId)
        .setParameter(2, score.userId())
        .setParameter(3, score.scoreGiven())
        .setParameter(4, score.scoreMaximum())
        .setParameter(5, score.activityProgress())
        .setParameter(6, score.gradingProgress())
        .setParameter(7, score.comment())
        .setParameter(8, Timestamp.from(clock.instant()))
        .executeUpdate();
  }

  public List<Cell> cells() {
    List<?> rows =
        em.createNativeQuery(
                "SELECT s.line_item_id, s.user_id, s.score_given, s.score_maximum,"
                    + " s.activity_progress, s.grading_progress, s.comment_text, s.received_at"
                    + " FROM dev_platform_score s"
                    + " JOIN dev_platform_line_item i ON i.id = s.line_item_id"
                    + " WHERE i.context_id = ?1 ORDER BY s.line_item_id, s.user_id")
            .setParameter(1, SampleCourse.CONTEXT_ID)
            .getResultList();
    return rows.stream()
        .map(Object[].class::cast)
        .map(
            row ->
                new Cell(
                    ((Number) row[0]).longValue(),
                    (String) row[1],
                    (BigDecimal) row[2],
                    (BigDecimal) row[3],
                    (String) row[4],
                    (String) row[5],
                    (String) row[6],
                    instant(row[7])))
        .toList();
  }

  private static LineItem lineItem(Object row) {
    Object[] columns = (Object[]) row;
    return new LineItem(
        ((Number) columns[0]).longValue(),
        (String) columns[1],
        (String) columns[2],
        (BigDecimal) columns[3]);
  }

  static Instant instant(Object column) {
    if (column instanceof Timestamp timestamp) {
      return timestamp.toInstant();
    }
    if (column instanceof java.time.LocalDateTime local) {
      return local.toInstant(java.time.ZoneOffset.UTC);
    }
    return column instanceof Instant instant ? instant : null;
  }
}
