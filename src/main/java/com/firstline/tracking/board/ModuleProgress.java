package com.firstline.tracking.board;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The attempts at a module in one course (of the platform's links to the module in that course),
 * for the board. Attempts of another course, even by the same people, are not counted. A read-only
 * query of the player's and the platform's tables by id: tracking reports on attempts without
 * depending on the player's entities (features share ids, not classes).
 */
@ApplicationScoped
@Transactional
public class ModuleProgress {
  @PersistenceContext(unitName = "firstline")
  EntityManager em;

  /** Attempts by platform user id (the LTI sub). */
  public Map<String, List<BoardRows.AttemptFact>> of(
      String issuer, String contextId, String moduleId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT p.subject, a.status, a.passed, a.score, a.started_at, a.completed_at, a.id"
                    + " FROM attempt a JOIN person p ON p.id = a.person_id"
                    + " JOIN lti_launch l ON l.id = a.launch_id"
                    + " WHERE l.issuer = ?1 AND l.context_id = ?2 AND a.module_id = ?3"
                    + " AND a.link_key IS NOT NULL")
            .setParameter(1, issuer)
            .setParameter(2, contextId)
            .setParameter(3, moduleId)
            .getResultList();
    Map<String, List<BoardRows.AttemptFact>> bySubject = new HashMap<>();
    for (Object[] row : rows) {
      String subject = (String) row[0];
      bySubject
          .computeIfAbsent(subject, s -> new java.util.ArrayList<>())
          .add(
              new BoardRows.AttemptFact(
                  subject,
                  (String) row[1],
                  bool(row[2]),
                  row[3] == null ? null : ((Number) row[3]).intValue(),
                  instant(row[4]),
                  instant(row[5]),
                  ((Number) row[6]).longValue()));
    }
    return bySubject;
  }

  /**
   * How many attempts at the module in the course carry an action plan. Only the number: a plan is
   * personal, so its text never leaves the player.
   */
  public int actionPlans(String issuer, String contextId, String moduleId) {
    Object count =
        em.createNativeQuery(
                "SELECT COUNT(*) FROM attempt a JOIN lti_launch l ON l.id = a.launch_id"
                    + " WHERE l.issuer = ?1 AND l.context_id = ?2 AND a.module_id = ?3"
                    + " AND a.link_key IS NOT NULL AND a.action_plan IS NOT NULL")
            .setParameter(1, issuer)
            .setParameter(2, contextId)
            .setParameter(3, moduleId)
            .getSingleResult();
    return ((Number) count).intValue();
  }

  private static Boolean bool(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Boolean b) {
      return b;
    }
    return ((Number) value).intValue() != 0;
  }

  private static Instant instant(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Timestamp t) {
      return t.toInstant();
    }
    if (value instanceof Instant i) {
      return i;
    }
    if (value instanceof java.time.LocalDateTime local) {
      return local.toInstant(java.time.ZoneOffset.UTC);
    }
    return Instant.parse(value.toString());
  }
}
