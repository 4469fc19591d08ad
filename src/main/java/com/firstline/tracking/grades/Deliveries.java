package com.firstline.tracking.grades;

import com.firstline.platform.db.EntityReads;
import com.firstline.platform.errors.ProblemException;
import com.firstline.tracking.TrainerScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/** Score deliveries as trainers see them: listed per module and course, and retried when failed. */
@ApplicationScoped
// Reads run in a transaction too: on Liberty, an entity manager used outside one fails to release
// its connection cleanly when the request ends.
@Transactional
public class Deliveries {
  @PersistenceContext(unitName = "firstline")
  EntityManager em;

  Clock clock = Clock.systemUTC();

  /** A delivery with the name of the manager it is for. */
  public record Listed(Delivery delivery, String personName, long attemptId) {}

  public List<Listed> of(String moduleId, TrainerScope.Scope scope) {
    TrainerScope.Course course = scope.course();
    String jpql =
        "SELECT d, p.displayName, d.attemptId FROM TrackingDelivery d, Person p"
            + " WHERE p.id = d.personId AND d.moduleId = :module"
            + (scope.registrationId() != null ? " AND d.registrationId = :registration" : "")
            + (course != null ? " AND d.issuer = :issuer AND d.contextId = :context" : "")
            + " ORDER BY d.id DESC";
    TypedQuery<Object[]> query =
        em.createQuery(jpql, Object[].class).setParameter("module", moduleId).setMaxResults(2000);
    if (scope.registrationId() != null) {
      query.setParameter("registration", scope.registrationId());
    }
    if (course != null) {
      query.setParameter("issuer", course.issuer()).setParameter("context", course.contextId());
    }
    return query
        .getResultStream()
        .map(row -> new Listed((Delivery) row[0], (String) row[1], (Long) row[2]))
        .toList();
  }

  /** Makes a failed delivery due again; 404 outside the caller's scope, 409 unless failed. */
  public Listed retry(long id, TrainerScope.Scope scope) {
    Delivery delivery =
        EntityReads.find(em, Delivery.class, id, LockModeType.PESSIMISTIC_WRITE).orElse(null);
    if (delivery == null
        || !scope.covers(delivery.registrationId(), delivery.issuer(), delivery.contextId())) {
      throw ProblemException.notFound("There is no score delivery " + id + " in your course.");
    }
    if (!delivery.retry(clock.instant())) {
      throw ProblemException.conflict(
          "Only a failed delivery can be retried; this one is " + delivery.status() + ".");
    }
    em.flush();
    Object[] row =
        em.createQuery(
                "SELECT d, p.displayName, d.attemptId FROM TrackingDelivery d, Person p"
                    + " WHERE p.id = d.personId AND d.id = :id",
                Object[].class)
            .setParameter("id", id)
            .getSingleResult();
    return new Listed((Delivery) row[0], (String) row[1], (Long) row[2]);
  }
}
