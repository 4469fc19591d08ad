package com.firstline.authoring.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads the player's attempts and steps of one module, read-only and by SQL of its own, so the
 * player's code stays as it is; {@link Overlay} turns the rows into figures.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class LearnerPaths {
  @PersistenceContext(unitName = "firstline")
  EntityManager em;

  @Inject
  @ConfigProperty(name = "authoring.min-group-size", defaultValue = "5")
  int minGroupSize;

  /**
   * Which attempts to count: all of a module's, or those of one version, one LMS course, one period
   * (any may be null).
   */
  public record Filter(
      String moduleId, Integer version, String contextId, Instant from, Instant to) {}

  /** An LMS course (context) whose learners attempted the module. */
  public record Course(String contextId, String title) {}

  public Overlay.Figures figures(Filter filter) {
    List<Overlay.AttemptRow> attempts =
        rows(
            "SELECT a.id, a.status, a.current_node, a.started_at, a.passed FROM attempt a",
            filter,
            row ->
                new Overlay.AttemptRow(
                    ((Number) row[0]).longValue(),
                    (String) row[1],
                    (String) row[2],
                    instant(row[3]),
                    row[4] == null ? null : truthy(row[4])));
    List<Overlay.StepRow> steps =
        rows(
            "SELECT s.attempt_id, s.step_no, s.kind, s.node_id, s.choice_id, s.to_node, s.taken_at"
                + " FROM attempt_step s JOIN attempt a ON a.id = s.attempt_id",
            filter,
            row ->
                new Overlay.StepRow(
                    ((Number) row[0]).longValue(),
                    ((Number) row[1]).intValue(),
                    (String) row[2],
                    (String) row[3],
                    (String) row[4],
                    (String) row[5],
                    instant(row[6])));
    return Overlay.of(attempts, steps, minGroupSize);
  }

  public List<Course> courses(String moduleId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT DISTINCT l.context_id, l.context_title FROM attempt a"
                    + " JOIN lti_launch l ON l.id = a.launch_id"
                    + " WHERE a.module_id = ?1 AND l.context_id IS NOT NULL ORDER BY l.context_id")
            .setParameter(1, moduleId)
            .getResultList();
    return rows.stream().map(r -> new Course((String) r[0], (String) r[1])).toList();
  }

  private <T> List<T> rows(String select, Filter filter, Function<Object[], T> mapping) {
    StringBuilder sql =
        new StringBuilder(select)
            .append(" JOIN module_version v ON v.id = a.module_version_id")
            .append(" LEFT JOIN lti_launch l ON l.id = a.launch_id")
            .append(" WHERE a.module_id = :module");
    List<Map.Entry<String, Object>> parameters = new ArrayList<>();
    parameters.add(Map.entry("module", filter.moduleId()));
    if (filter.version() != null) {
      sql.append(" AND v.version = :version");
      parameters.add(Map.entry("version", filter.version()));
    }
    if (filter.contextId() != null && !filter.contextId().isBlank()) {
      sql.append(" AND l.context_id = :context");
      parameters.add(Map.entry("context", filter.contextId()));
    }
    if (filter.from() != null) {
      sql.append(" AND a.started_at >= :from");
      parameters.add(Map.entry("from", filter.from()));
    }
    if (filter.to() != null) {
      sql.append(" AND a.started_at < :to");
      parameters.add(Map.entry("to", filter.to()));
    }
    Query query = em.createNativeQuery(sql.toString());
    parameters.forEach(p -> query.setParameter(p.getKey(), p.getValue()));
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    return rows.stream().map(mapping).toList();
  }

  private static boolean truthy(Object value) {
    return value instanceof Boolean flag ? flag : ((Number) value).intValue() != 0;
  }

  /** The database's TIMESTAMP as an instant; the connection's time zone is UTC. */
  private static Instant instant(Object value) {
    if (value instanceof Instant instant) {
      return instant;
    }
    if (value instanceof Timestamp timestamp) {
      return timestamp.toInstant();
    }
    if (value instanceof OffsetDateTime offset) {
      return offset.toInstant();
    }
    if (value instanceof LocalDateTime local) {
      return local.toInstant(ZoneOffset.UTC);
    }
    throw new IllegalStateException("Unexpected timestamp " + value);
  }
}
