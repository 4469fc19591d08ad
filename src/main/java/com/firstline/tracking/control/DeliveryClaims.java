package com.firstline.tracking.control;

import com.firstline.tracking.entity.Delivery;
import com.firstline.tracking.entity.ScoreSnapshot;
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
 * spans an HTTP call). How claims work is {@link RowClaims}'s; scores go one platform (issuer) at a
 * time.
 */
@ApplicationScoped
@Transactional(TxType.REQUIRES_NEW)
public class DeliveryClaims {
  @PersistenceContext(unitName = "firstline")
  EntityManager em;

  private RowClaims<Delivery> rows() {
    return new RowClaims<>(em, Delivery.class, "TrackingDelivery", "d.issuer");
  }

  public List<Outbox.Due> due(Instant now, int limit) {
    return rows().due(now, limit);
  }

  /** True when {@code worker} now holds the row until {@code now + lease}. */
  public boolean claim(long id, String worker, Instant now, Duration lease) {
    return rows().claim(id, worker, now, lease);
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
    return rows().record(id, worker, result, settings, now);
  }
}
