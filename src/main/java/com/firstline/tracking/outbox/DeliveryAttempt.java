package com.firstline.tracking.outbox;

import com.firstline.lti.services.PlatformCallFailed;
import java.time.Duration;
import java.util.Optional;

/**
 * How one try of a delivery went.
 *
 * @param httpStatus the platform's last status, 0 when it did not answer
 * @param retryAfter the wait the platform asked for, if it did
 */
public record DeliveryAttempt(
    Kind kind, int httpStatus, String reason, Optional<Duration> retryAfter) {
  public enum Kind {
    DELIVERED,
    /** Worth another try later: timeouts, 5xx, 429. */
    TEMPORARY,
    /** The platform said no in a way that trying again will not change. */
    REFUSED
  }

  /** Accepted, with the status the platform answered (200, 201, 204...). */
  public static DeliveryAttempt delivered(int httpStatus) {
    return new DeliveryAttempt(Kind.DELIVERED, httpStatus, null, Optional.empty());
  }

  public static DeliveryAttempt refused(String reason) {
    return new DeliveryAttempt(Kind.REFUSED, 0, reason, Optional.empty());
  }

  public static DeliveryAttempt of(PlatformCallFailed failure) {
    return new DeliveryAttempt(
        failure.retryable() ? Kind.TEMPORARY : Kind.REFUSED,
        failure.status(),
        failure.getMessage(),
        failure.retryAfter());
  }
}
