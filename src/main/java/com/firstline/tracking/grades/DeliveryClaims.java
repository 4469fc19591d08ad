package com.firstline.tracking.grades;

import com.firstline.platform.db.EntityReads;
import com.firstline.tracking.outbox.DeliveryAttempt;
import com.firstline.tracking.outbox.DeliverySettings;
import com.firstline.tracking.outbox.DeliveryStatus;
import com.firstline.tracking.outbox.Outbox;
import com.firstline.tracking.outbox.RowClaims;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The score outbox's rows as workers see them, each step its own short transaction (never one that
 * spans an HTTP call). How claims work is {@link RowClaims}'s; due scores are picked fairly across
 * platforms (issuers).
 *
 * <p>Scores of one person for one course link (one {@code gradeKey}) leave one at a time and in
 * order, so a platform that keeps whichever score came last keeps the grade: a score is due only
 * when no later one of the same key was queued (the later one carries the grade), and is not sent
 * while an earlier one of its key is still being sent.
 */
@ApplicationScoped
@Transactional(TxType.REQUIRES_NEW)
public class DeliveryClaims {
  @PersistenceContext(unitName = "firstline")
  EntityManager em;

  /** A score is not due once a later one of its key was queued. */
  private static final String NO_LATER_SCORE =
      " AND NOT EXISTS (SELECT n.id FROM TrackingDelivery n"
          + " WHERE n.gradeKey = d.gradeKey AND n.id > d.id)";

  /** A row this worker has just claimed in this transaction, so it exists. */
  private Delivery claimedRow(long id) {
    return EntityReads.find(em, Delivery.class, id)
        .orElseThrow(() -> new IllegalStateException("Claimed score " + id + " is not stored"));
  }

  private RowClaims<Delivery> rows() {
    return new RowClaims<>(em, Delivery.class, "TrackingDelivery", "d.issuer", NO_LATER_SCORE);
  }

  public List<Outbox.Due> due(Instant now, int perDestination, int limit) {
    return rows().due(now, perDestination, limit);
  }

  /**
   * True when {@code worker} now holds the row until {@code now + lease}. A claim on a score whose
   * key has an earlier score being sent by another worker is let go at once: it waits its turn.
   */
  public boolean claim(long id, String worker, Instant now, Duration lease) {
    if (!rows().claim(id, worker, now, lease)) {
      return false;
    }
    Delivery claimed = claimedRow(id);
    long earlierInFlight =
        em.createQuery(
                "SELECT COUNT(o) FROM TrackingDelivery o WHERE o.gradeKey = :key AND o.id < :id"
                    + " AND o.status = :pending AND o.claimedUntil >= :now",
                Long.class)
            .setParameter("key", claimed.gradeKey())
            .setParameter("id", id)
            .setParameter("pending", DeliveryStatus.PENDING)
            .setParameter("now", now)
            .getSingleResult();
    if (earlierInFlight > 0) {
      claimed.unclaim(now);
      return false;
    }
    return true;
  }

  /** What to send, if {@code worker} still holds the claim. */
  public Optional<ScoreSnapshot> claimed(long id, String worker) {
    return rows().claimed(id, worker).map(Delivery::snapshot);
  }

  public void useLineItem(long id, String worker, String url, Instant now) {
    rows().claimedForUpdate(id, worker).ifPresent(delivery -> delivery.useLineItem(url, now));
  }

  /**
   * Records how a try went; false when the claim was lost meanwhile, and the result dropped (the
   * node that holds it now has its own).
   */
  public boolean record(
      long id, String worker, DeliveryAttempt result, DeliverySettings settings, Instant now) {
    if (!rows().record(id, worker, result, settings, now)) {
      return false;
    }
    Delivery delivery = claimedRow(id);
    if (delivery.status() == DeliveryStatus.PENDING && laterScoreQueued(delivery)) {
      delivery.supersede(now);
    }
    return true;
  }

  /**
   * Sets aside the waiting scores of this key that no worker holds: the score queued now carries
   * the grade. Runs in the transaction that queues it.
   */
  public static void supersedeWaiting(EntityManager em, String gradeKey, Instant now) {
    em.createQuery(
            "SELECT d FROM TrackingDelivery d WHERE d.gradeKey = :key AND d.status = :pending"
                + " AND (d.claimedUntil IS NULL OR d.claimedUntil < :now)",
            Delivery.class)
        .setParameter("key", gradeKey)
        .setParameter("pending", DeliveryStatus.PENDING)
        .setParameter("now", now)
        .getResultList()
        .forEach(waiting -> waiting.supersede(now));
  }

  private boolean laterScoreQueued(Delivery delivery) {
    return em.createQuery(
                "SELECT COUNT(n) FROM TrackingDelivery n WHERE n.gradeKey = :key AND n.id > :id",
                Long.class)
            .setParameter("key", delivery.gradeKey())
            .setParameter("id", delivery.id())
            .getSingleResult()
        > 0;
  }
}
