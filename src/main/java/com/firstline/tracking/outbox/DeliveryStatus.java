package com.firstline.tracking.outbox;

/** Where a score delivery stands. */
public enum DeliveryStatus {
  /** Waiting for its next try (the first one, or one after a temporary failure). */
  PENDING,
  /** The platform accepted the score. Final. */
  DELIVERED,
  /** The platform refused it, or it kept failing: waits for someone to retry it. */
  FAILED,
  /**
   * Not sent: a later score of the same person for the same course link was queued first, and it
   * carries their grade. Final.
   */
  SUPERSEDED
}
