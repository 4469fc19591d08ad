package com.firstline.tracking.grades;

import com.firstline.tracking.outbox.OutboxRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One attempt's final score on its way to the LMS: a snapshot of what to send and where; the state
 * of sending it (and its life cycle) is {@link OutboxRow}'s. A trainer retries a failed one.
 */
@Entity(name = "TrackingDelivery")
@Table(name = "tracking_delivery")
public class Delivery extends OutboxRow {
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

  @Column(name = "grade_key", nullable = false, updatable = false)
  private String gradeKey;

  @Column(name = "grade_policy", updatable = false)
  private String gradePolicy;

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

  protected Delivery() {}

  private Delivery(Instant now) {
    super(now);
  }

  /** A score to send as soon as a worker gets to it. */
  public static Delivery of(ScoreSnapshot score, Instant now) {
    Delivery delivery = new Delivery(now);
    delivery.attemptId = score.attemptId();
    delivery.personId = score.personId();
    delivery.moduleId = score.moduleId();
    delivery.moduleTitle = cut(score.moduleTitle(), 300);
    delivery.launchId = score.launchId();
    delivery.registrationId = score.registrationId();
    delivery.issuer = score.issuer();
    delivery.contextId = score.contextId();
    delivery.userId = score.userId();
    delivery.gradeKey = score.gradeKey();
    delivery.gradePolicy = score.gradePolicy();
    delivery.lineItemUrl = score.lineItemUrl();
    delivery.lineItemsUrl = score.lineItemsUrl();
    delivery.agsScopes = score.agsScopes();
    delivery.scoreGiven = score.scoreGiven();
    delivery.scoreMaximum = score.scoreMaximum();
    delivery.comment = cut(score.comment(), 1000);
    delivery.completedAt = score.completedAt();
    return delivery;
  }

  /** The line item found or created for this score, kept so a retry does not create another. */
  public void useLineItem(String url, Instant now) {
    lineItemUrl = url;
    touch(now);
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
        gradeKey,
        lineItemUrl,
        lineItemsUrl,
        agsScopes,
        scoreGiven,
        scoreMaximum,
        gradePolicy,
        comment,
        completedAt);
  }

  public String gradeKey() {
    return gradeKey;
  }

  public Long registrationId() {
    return registrationId;
  }

  public String issuer() {
    return issuer;
  }

  public String contextId() {
    return contextId;
  }
}
