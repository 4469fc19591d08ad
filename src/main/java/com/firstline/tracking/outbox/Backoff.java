package com.firstline.tracking.outbox;

import java.time.Duration;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * When to try a delivery again: exponential backoff (base, 2×base, 4×base, ... up to max) with
 * "equal jitter" (half the step fixed, half random), so that many deliveries failing together at
 * one platform outage do not all come back at the same moment. A platform's Retry-After is a floor:
 * never sooner than it asked, and never later than the maximum. Pure logic.
 */
public record Backoff(Duration base, Duration max) {

  /**
   * The wait after the {@code tries}-th failed try (1 for the first).
   *
   * @param random a number in [0, 1)
   */
  public Duration after(int tries, Optional<Duration> retryAfter, DoubleSupplier random) {
    long baseMillis = Math.max(base.toMillis(), 1);
    long maxMillis = Math.max(max.toMillis(), baseMillis);
    int doublings = Math.min(Math.max(tries - 1, 0), 40);
    long step = baseMillis;
    for (int i = 0; i < doublings && step < maxMillis; i++) {
      step *= 2;
    }
    step = Math.min(step, maxMillis);
    long jittered = step / 2 + (long) (random.getAsDouble() * (step - step / 2));
    long floor = retryAfter.map(Duration::toMillis).orElse(0L);
    return Duration.ofMillis(Math.min(Math.max(jittered, floor), maxMillis));
  }
}
