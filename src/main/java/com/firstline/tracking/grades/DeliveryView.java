package com.firstline.tracking.grades;

import com.firstline.tracking.outbox.DeliveryStatus;
import java.time.Instant;

/**
 * A score delivery for the trainer's page.
 *
 * @param nextTryAt when a pending delivery is tried next, else null
 * @param reason why the last try did not deliver (the platform's answer), else null
 */
public record DeliveryView(
    long id,
    long attemptId,
    String person,
    String status,
    int scoreGiven,
    int scoreMaximum,
    Instant completedAt,
    int tries,
    Instant nextTryAt,
    Instant deliveredAt,
    String reason,
    Integer platformStatus) {

  static DeliveryView of(Deliveries.Listed listed) {
    Delivery d = listed.delivery();
    var score = d.snapshot();
    return new DeliveryView(
        d.id(),
        listed.attemptId(),
        listed.personName(),
        d.status().name(),
        score.scoreGiven(),
        score.scoreMaximum(),
        score.completedAt(),
        d.tries(),
        d.status() == DeliveryStatus.PENDING ? d.nextTryAt() : null,
        d.deliveredAt(),
        d.status() == DeliveryStatus.DELIVERED ? null : d.lastError(),
        d.lastHttpStatus());
  }
}
