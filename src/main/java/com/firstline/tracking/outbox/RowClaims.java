package com.firstline.tracking.outbox;

import com.firstline.platform.db.EntityReads;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Claiming and recording for any outbox table, run inside its caller's transaction. A claim is a
 * conditional UPDATE: of several nodes racing for one row, the database lets exactly one change it;
 * a claim whose time ran out (its node died or hung) may be taken over. Results are recorded only
 * by the worker that still holds the claim.
 *
 * @param entity the JPQL entity name of {@code type}
 * @param destination the JPQL expression (over {@code d}) naming where a row goes, or null when all
 *     rows go to one place
 * @param alsoDue a further JPQL condition (over {@code d}, starting with AND) a due row meets, or
 *     empty
 */
public record RowClaims<T extends OutboxRow>(
    EntityManager em, Class<T> type, String entity, String destination, String alsoDue) {

  private static final String DUE =
      " d.status = :pending AND d.nextTryAt <= :now"
          + " AND (d.claimedUntil IS NULL OR d.claimedUntil < :now)";

  /**
   * Due rows, fairly: at most {@code perDestination} of each destination, the destinations that
   * waited longest first, at most {@code limit} in all. The oldest rows overall would all belong to
   * a slow platform with a long queue, and the others would starve behind it.
   */
  public List<Outbox.Due> due(Instant now, int perDestination, int limit) {
    if (destination == null) {
      return ids(null, now, limit).stream().map(id -> new Outbox.Due(id, "")).toList();
    }
    List<String> destinations =
        em.createQuery(
                "SELECT "
                    + destination
                    + " FROM "
                    + entity
                    + " d WHERE"
                    + DUE
                    + alsoDue
                    + " GROUP BY "
                    + destination
                    + " ORDER BY MIN(d.nextTryAt)",
                String.class)
            .setParameter("pending", DeliveryStatus.PENDING)
            .setParameter("now", now)
            .setMaxResults(limit)
            .getResultList();
    List<Outbox.Due> due = new ArrayList<>();
    for (String place : destinations) {
      int room = Math.min(perDestination, limit - due.size());
      if (room <= 0) {
        break;
      }
      ids(place, now, room).forEach(id -> due.add(new Outbox.Due(id, place)));
    }
    return due;
  }

  private List<Long> ids(String place, Instant now, int max) {
    TypedQuery<Long> query =
        em.createQuery(
                "SELECT d.id FROM "
                    + entity
                    + " d WHERE"
                    + DUE
                    + alsoDue
                    + (place == null ? "" : " AND " + destination + " = :place")
                    + " ORDER BY d.nextTryAt",
                Long.class)
            .setParameter("pending", DeliveryStatus.PENDING)
            .setParameter("now", now)
            .setMaxResults(max);
    if (place != null) {
      query.setParameter("place", place);
    }
    return query.getResultList();
  }

  public boolean claim(long id, String worker, Instant now, Duration lease) {
    return em.createQuery(
                "UPDATE "
                    + entity
                    + " d SET d.claimedBy = :worker, d.claimedUntil = :until"
                    + " WHERE d.id = :id AND"
                    + DUE)
            .setParameter("worker", worker)
            .setParameter("until", now.plus(lease))
            .setParameter("id", id)
            .setParameter("pending", DeliveryStatus.PENDING)
            .setParameter("now", now)
            .executeUpdate()
        == 1;
  }

  /** The row, if {@code worker} still holds the claim. */
  public Optional<T> claimed(long id, String worker) {
    return EntityReads.find(em, type, id).filter(row -> row.claimedBy(worker));
  }

  /** The row locked for a change, if {@code worker} still holds the claim. */
  public Optional<T> claimedForUpdate(long id, String worker) {
    return EntityReads.find(em, type, id, LockModeType.PESSIMISTIC_WRITE)
        .filter(row -> row.claimedBy(worker));
  }

  public boolean record(
      long id, String worker, DeliveryAttempt result, DeliverySettings settings, Instant now) {
    Optional<T> held = claimedForUpdate(id, worker);
    if (held.isEmpty()) {
      return false;
    }
    T row = held.get();
    switch (result.kind()) {
      case DELIVERED -> row.delivered(result.httpStatus(), now);
      case REFUSED -> row.fail(result.reason(), result.httpStatus(), now);
      case TEMPORARY -> {
        if (row.tries() + 1 >= settings.maxAttempts()) {
          row.fail(
              "Gave up after " + (row.tries() + 1) + " tries. Last: " + result.reason(),
              result.httpStatus(),
              now);
        } else {
          Duration wait =
              settings.backoff().after(row.tries() + 1, result.retryAfter(), Math::random);
          row.tryAgainAt(now.plus(wait), result.reason(), result.httpStatus(), now);
        }
      }
      default -> throw new IllegalStateException("Unknown result " + result.kind());
    }
    return true;
  }
}
