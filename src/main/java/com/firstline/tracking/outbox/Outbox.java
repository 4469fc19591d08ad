package com.firstline.tracking.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One kind of outbox row the {@link DeliveryWorker} sends (scores to the LMS, statements to the
 * LRS). Each step runs in its own short transaction, never one that spans an HTTP call.
 */
public interface Outbox {

  /** A due row and where it goes (for the per-destination limit). */
  record Due(long id, String destination) {}

  /** What the worker's log calls these rows. */
  String name();

  /** Whether there is anywhere to send these rows now; otherwise they wait. */
  boolean active();

  /** Due rows, at most {@code perDestination} for each destination and {@code limit} in all. */
  List<Due> due(Instant now, int perDestination, int limit);

  /** True when {@code worker} now holds the row until {@code now + lease}. */
  boolean claim(long id, String worker, Instant now, Duration lease);

  /**
   * Sends the row if {@code worker} still holds it and says how it went; empty when the claim was
   * lost. Never throws for the other side's failure.
   */
  Optional<DeliveryAttempt> send(long id, String worker);

  /** Records how a try went; false when the claim was lost meanwhile and the result dropped. */
  boolean record(
      long id, String worker, DeliveryAttempt result, DeliverySettings settings, Instant now);
}
