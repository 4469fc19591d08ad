package com.firstline.privacy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When the retention job runs and what it deletes: attempts and launches older than {@code days}
 * ({@code privacy.retention-days}; 0, the default, keeps everything), a batch at a time, every
 * {@code interval}. Pure logic.
 */
public record RetentionPolicy(int days, Duration interval, int batchSize) {
  /** Batches one round deletes at most, so a first run on a large table does not hold a node. */
  static final int MAX_BATCHES_PER_ROUND = 200;

  public RetentionPolicy {
    if (days < 0) {
      throw new IllegalArgumentException(
          "privacy.retention-days must be 0 (keep everything) or a number of days, not " + days);
    }
    if (interval.compareTo(Duration.ofSeconds(1)) < 0) {
      throw new IllegalArgumentException(
          "privacy.retention-interval-seconds must be at least 1, not " + interval.toSeconds());
    }
    if (batchSize < 1) {
      throw new IllegalArgumentException(
          "privacy.retention-batch-size must be at least 1, not " + batchSize);
    }
  }

  public boolean active() {
    return days > 0;
  }

  /** Records last touched before this instant are deleted; none while retention is off. */
  public Optional<Instant> cutoff(Instant now) {
    return active() ? Optional.of(now.minus(Duration.ofDays(days))) : Optional.empty();
  }

  /**
   * Whether to delete another batch in this round: the last one was full (more may be waiting) and
   * the round has not reached its limit.
   */
  public boolean anotherBatch(int deletedInLastBatch, int batchesSoFar) {
    return deletedInLastBatch >= batchSize && batchesSoFar < MAX_BATCHES_PER_ROUND;
  }
}
