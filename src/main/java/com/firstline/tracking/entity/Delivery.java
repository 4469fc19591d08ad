package com.firstline.tracking.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One attempt's final score on its way to the LMS: a snapshot of what to send and where, and the
 * state of sending it. Life cycle: PENDING → (claimed by a worker, tried) → DELIVERED, or back to
 * PENDING with a later next try, or FAILED (refused, or too many tries) → PENDING again when a
 * trainer retries. A worker's result only counts while it holds the claim, so a worker that lost
 * its claim to another node cannot overwrite that node's result.
 */
@Entity(name = "TrackingDelivery")
@Table(name = "tracking_delivery")
public class Delivery {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "attempt_id", nullable = false, updatable = false)
  private long attemptId;

  @Column(name = "person_id", nullable = false, updatable = false)
  private long personId;

  @Column(name = "module_id", nullable = false, updatable = false)
  private String moduleId;

  @Column(name = "module_title", nullable = false, updatable = false)
  private String moduleTitle;

  @Column(name = "launch_id", nullable = false, updatable = false)
  private String launchId;

  @Column(name = "registration_id", updatable = false)
  private Long registrationId;

  @Column(nullable = false, updatable = false)
  private String issuer;

  @Column(name = "context_id", updatable = false)
  private String contextId;

  @Column(name = "user_id", nullable = false, updatable = false)
  private String userId;

  @Column(name = "lineitem_url")
  private String lineItemUrl;

  @Column(name = "lineitems_url", updatable = false)
  private String lineItemsUrl;

  @Column(name = "ags_scopes", updatable = false)
  private String agsScopes;

  @Column(name = "score_given", nullable = false, updatable = false)
  private int scoreGiven;

  @Column(name = "score_maximum", nullable = false, updatable = false)
  private int scoreMaximum;

  @Column(name = "comment_text", updatable = false)
  private String comment;

  @Column(name = "completed_at", nullable = false, updatable = false)
  private Instant completedAt;

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

  protected Delivery() {}

  /** A score to send as soon as a worker gets to it. */
  public static Delivery of(ScoreSnapshot score, Instant now) {
    Delivery delivery = new Delivery();
    delivery.attemptId = score.attemptId();
    delivery.personId = score.personId();
    delivery.moduleId = score.moduleId();
    delivery.moduleTitle = cut(score.moduleTitle(), 300);
    delivery.launchId = score.launchId();
    delivery.registrationId = score.registrationId();
    delivery.issuer = score.issuer();
    delivery.contextId = score.contextId();
    delivery.userId = score.userId();
    delivery.lineItemUrl = score.lineItemUrl();
    delivery.lineItemsUrl = score.lineItemsUrl();
    delivery.agsScopes = score.agsScopes();
    delivery.scoreGiven = score.scoreGiven();
    delivery.scoreMaximum = score.scoreMaximum();
    delivery.comment = cut(score.comment(), 1000);
    delivery.completedAt = score.completedAt();
    delivery.status = DeliveryStatus.PENDING;
    delivery.tries = 0;
    delivery.nextTryAt = now;
    delivery.createdAt = now;
    delivery.updatedAt = now;
    return delivery;
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

  /** A trainer asked for another go: due now, with a fresh count of tries. */
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

  /** The line item found or created for this score, kept so a retry does not create another. */
  public void useLineItem(String url, Instant now) {
    lineItemUrl = url;
    updatedAt = now;
  }

  private void release(Instant now) {
    claimedBy = null;
    claimedUntil = null;
    updatedAt = now;
  }

  private static String cut(String value, int max) {
    return value == null || value.length() <= max ? value : value.substring(0, max);
  }

  public Long id() {
    return id;
  }

  public ScoreSnapshot snapshot() {
    return new ScoreSnapshot(
        attemptId,
        personId,
        moduleId,
        moduleTitle,
        launchId,
        registrationId,
        issuer,
        contextId,
        userId,
        lineItemUrl,
        lineItemsUrl,
        agsScopes,
        scoreGiven,
        scoreMaximum,
        comment,
        completedAt);
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

  public String issuer() {
    return issuer;
  }

  public String contextId() {
    return contextId;
  }
}
