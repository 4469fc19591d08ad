package com.firstline.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetentionPolicyTest {
  private static final Duration HOUR = Duration.ofHours(1);
  private static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");

  @Test
  void zeroDaysKeepsEverything() {
    RetentionPolicy off = new RetentionPolicy(0, HOUR, 500);
    assertFalse(off.active());
    assertEquals(Optional.empty(), off.cutoff(NOW));
  }

  @Test
  void theCutoffIsThatManyDaysAgo() {
    RetentionPolicy ninety = new RetentionPolicy(90, HOUR, 500);
    assertTrue(ninety.active());
    assertEquals(Optional.of(Instant.parse("2026-09-05T12:00:00Z")), ninety.cutoff(NOW));
  }

  @Test
  void aRoundGoesOnWhileBatchesComeBackFullAndStopsAtItsLimit() {
    RetentionPolicy policy = new RetentionPolicy(30, HOUR, 100);
    assertTrue(policy.anotherBatch(100, 1), "a full batch: more may be waiting");
    assertFalse(policy.anotherBatch(99, 1), "a short batch: nothing older is left");
    assertFalse(policy.anotherBatch(0, 1));
    assertFalse(
        policy.anotherBatch(100, RetentionPolicy.MAX_BATCHES_PER_ROUND),
        "the rest waits for the next round");
  }

  @Test
  void nonsenseSettingsAreRefusedNamingTheSetting() {
    IllegalArgumentException days =
        assertThrows(IllegalArgumentException.class, () -> new RetentionPolicy(-1, HOUR, 10));
    assertTrue(days.getMessage().contains("privacy.retention-days"), days.getMessage());
    IllegalArgumentException batch =
        assertThrows(IllegalArgumentException.class, () -> new RetentionPolicy(30, HOUR, 0));
    assertTrue(batch.getMessage().contains("privacy.retention-batch-size"), batch.getMessage());
    IllegalArgumentException interval =
        assertThrows(
            IllegalArgumentException.class, () -> new RetentionPolicy(30, Duration.ZERO, 10));
    assertTrue(
        interval.getMessage().contains("privacy.retention-interval-seconds"),
        interval.getMessage());
  }
}
