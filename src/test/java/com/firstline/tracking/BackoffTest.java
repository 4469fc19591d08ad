package com.firstline.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.firstline.tracking.outbox.Backoff;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BackoffTest {
  private final Backoff backoff = new Backoff(Duration.ofSeconds(10), Duration.ofMinutes(10));

  @Test
  void theWaitDoublesWithEachTryBetweenHalfAndAllOfItsStep() {
    assertEquals(Duration.ofSeconds(5), backoff.after(1, Optional.empty(), () -> 0.0));
    assertEquals(Duration.ofSeconds(10), backoff.after(1, Optional.empty(), () -> 1.0));
    assertEquals(Duration.ofSeconds(10), backoff.after(2, Optional.empty(), () -> 0.0));
    assertEquals(Duration.ofSeconds(80), backoff.after(4, Optional.empty(), () -> 1.0));
  }

  @Test
  void theWaitNeverPassesTheMaximum() {
    assertEquals(Duration.ofMinutes(10), backoff.after(30, Optional.empty(), () -> 1.0));
    assertEquals(Duration.ofMinutes(5), backoff.after(1000, Optional.empty(), () -> 0.0));
  }

  @Test
  void retryAfterIsAFloorButTheMaximumStillHolds() {
    assertEquals(
        Duration.ofMinutes(2), backoff.after(1, Optional.of(Duration.ofMinutes(2)), () -> 0.5));
    assertEquals(
        Duration.ofSeconds(10), backoff.after(1, Optional.of(Duration.ofSeconds(1)), () -> 1.0));
    assertEquals(
        Duration.ofMinutes(10), backoff.after(1, Optional.of(Duration.ofDays(1)), () -> 0.5));
  }
}
