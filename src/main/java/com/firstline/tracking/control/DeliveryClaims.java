package com.firstline.tracking.control;

import com.firstline.tracking.entity.Delivery;
import com.firstline.tracking.entity.DeliveryStatus;
import com.firstline.tracking.entity.ScoreSnapshot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The outbox's rows as workers see them, each step its own short transaction (never one that spans
 * an HTTP call). A claim is a conditional UPDATE: of several nodes racing for one row, the database
 * lets exactly one change it; a claim whose time ran out (its node died or hung) may be taken over.
 * Results are recorded only by the worker that still holds the claim.
 */
@ApplicationScoped
@Transactional(TxType.REQUIRES_NEW)
public class DeliveryClaims {
  @PersistenceContext(unitName = "firstline")
  EntityManager em;

  /** A due delivery and the platform it goes to (for the per-platform limit). */
  public record Due(long id, String platform) {}

  public List<Due> due(Instant now, int limit) {
    return em.createQuery(
            "SELECT d.id, d.issuer FROM TrackingDelivery d WHERE d.status = :pending"
                + " AND d.nextTryAt <= :now"
                + " AND (d.claimedUntil IS NULL OR d.claimedUntil < :now) ORDER BY d.nextTryAt",
            Object[].class)
        .setParameter("pending", DeliveryStatus.PENDING)
        .setParameter("now", now)
        .setMaxResults(limit)
        .getResultStream()
        .map(row -> new Due((Long) row[0], (String) row[1]))
        .toList();
  }

  /** True when {@code worker} now holds the row until {@code now + lease}. */
  public boolean claim(long id, String worker, Instant now, Duration lease) {
    return em.createQuery(
                "UPDATE TrackingDelivery d SET d.claimedBy = :worker, d.claimedUntil = :until"
                    + " WHERE d.id = :id AND d.status = :pending AND d.nextTryAt <= :now"
                    + " AND (d.claimedUntil IS NULL OR d.claimedUntil < :now)")
            .setParameter("worker", worker)
            .setParameter("until", now.plus(lease))
            .setParameter("id", id)
            .setParameter("pending", DeliveryStatus.PENDING)
            .setParameter("now", now)
            .executeUpdate()
        == 1;
  }

  /** What to send, if {@code worker} still holds the claim. */
  public Optional<ScoreSnapshot> claimed(long id, String worker) {
    Delivery delivery = em.find(Delivery.class, id);
    return delivery != null && delivery.claimedBy(worker)
        ? Optional.of(delivery.snapshot())
        : Optional.empty();
  }

  public void useLineItem(long id, String worker, String url, Instant now) {
    Delivery delivery = em.find(Delivery.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (delivery != null && delivery.claimedBy(worker)) {
      delivery.useLineItem(url, now);
    }
  }

  /**
   * Records how a try went; false when the claim was lost meanwhile, and the result dropped (the
   * node that holds it now has its own).
   */
  public boolean record(
      long id, String worker, DeliveryAttempt result, DeliverySettings settings, Instant now) {
    Delivery delivery = em.find(Delivery.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (delivery == null || !delivery.claimedBy(worker)) {
      return false;
    }
    switch (result.kind()) {
      case DELIVERED -> delivery.delivered(result.httpStatus(), now);
      case REFUSED -> delivery.fail(result.reason(), result.httpStatus(), now);
      case TEMPORARY -> {
        if (delivery.tries() + 1 >= settings.maxAttempts()) {
          delivery.fail(
              "Gave up after " + (delivery.tries() + 1) + " tries. Last: " + result.reason(),
              result.httpStatus(),
              now);
        } else {
          Duration wait =
              settings.backoff().after(delivery.tries() + 1, result.retryAfter(), Math::random);
          delivery.tryAgainAt(now.plus(wait), result.reason(), result.httpStatus(), now);
        }
      }
      default -> throw new IllegalStateException("Unknown result " + result.kind());
    }
    return true;
  }
}
