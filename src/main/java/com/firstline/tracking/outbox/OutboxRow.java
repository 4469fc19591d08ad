package com.firstline.tracking.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * The sending state every outbox row shares, whatever it carries (a score for the LMS, a statement
 * for the LRS). Life cycle: PENDING → (claimed by a worker, tried) → DELIVERED, or back to PENDING
 * with a later next try, or FAILED (refused, or too many tries) → PENDING again when someone
 * retries. A worker's result only counts while it holds the claim, so a worker that lost its claim
 * to another node cannot overwrite that node's result.
 */
@MappedSuperclass
public abstract class OutboxRow {
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private DeliveryStatus status;

  @Column(nullable = false)
  private int tries;

  @Column(name = "next_try_at", nullable = false)
  private Instant nextTryAt;

  @Column(name = "claimed_by")
  private String claimedBy;

  @Column(name = "claimed_until")
  private Instant claimedUntil;

  @Column(name = "last_error")
  private String lastError;

  @Column(name = "last_http_status")
  private Integer lastHttpStatus;

  @Column(name = "delivered_at")
  private Instant deliveredAt;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected OutboxRow() {}

  /** A new row, due as soon as a worker gets to it. */
  protected OutboxRow(Instant now) {
    status = DeliveryStatus.PENDING;
    tries = 0;
    nextTryAt = now;
    createdAt = now;
    updatedAt = now;
  }

  /** Whether {@code worker}'s claim is the one on record: only then may it record a result. */
  public boolean claimedBy(String worker) {
    return status == DeliveryStatus.PENDING && worker.equals(claimedBy);
  }

  public void delivered(int httpStatus, Instant now) {
    tries++;
    status = DeliveryStatus.DELIVERED;
    deliveredAt = now;
    lastError = null;
    lastHttpStatus = httpStatus;
    release(now);
  }

  public void tryAgainAt(Instant nextTry, String reason, int httpStatus, Instant now) {
    tries++;
    nextTryAt = nextTry;
    lastError = cut(reason, 2000);
    lastHttpStatus = httpStatus == 0 ? null : httpStatus;
    release(now);
  }

  public void fail(String reason, int httpStatus, Instant now) {
    tries++;
    status = DeliveryStatus.FAILED;
    lastError = cut(reason, 2000);
    lastHttpStatus = httpStatus == 0 ? null : httpStatus;
    release(now);
  }

  /** Gives up a claim without a try: the row is due again at once. */
  public void unclaim(Instant now) {
    release(now);
  }

  /** Set aside unsent: a later row carries what this one would have said. */
  public void supersede(Instant now) {
    status = DeliveryStatus.SUPERSEDED;
    release(now);
  }

  /** Someone asked for another go: due now, with a fresh count of tries. */
  public boolean retry(Instant now) {
    if (status != DeliveryStatus.FAILED) {
      return false;
    }
    status = DeliveryStatus.PENDING;
    tries = 0;
    nextTryAt = now;
    updatedAt = now;
    return true;
  }

  /** Marks a change of the row's own data (not of its sending state). */
  protected void touch(Instant now) {
    updatedAt = now;
  }

  private void release(Instant now) {
    claimedBy = null;
    claimedUntil = null;
    updatedAt = now;
  }

  protected static String cut(String value, int max) {
    return value == null || value.length() <= max ? value : value.substring(0, max);
  }

  public DeliveryStatus status() {
    return status;
  }

  public int tries() {
    return tries;
  }

  public Instant nextTryAt() {
    return nextTryAt;
  }

  public String lastError() {
    return lastError;
  }

  public Integer lastHttpStatus() {
    return lastHttpStatus;
  }

  public Instant deliveredAt() {
    return deliveredAt;
  }
}
