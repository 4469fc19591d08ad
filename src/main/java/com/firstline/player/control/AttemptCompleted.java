package com.firstline.player.control;

import java.time.Instant;

/**
 * Fired once when an attempt reaches an ending, inside the transaction that records the last step,
 * so that an observer writing to the database (a grade outbox, a report) commits or fails with it.
 *
 * @param launchId the LTI launch the attempt was played from, or null (development sign-in)
 */
public record AttemptCompleted(
    long attemptId,
    long personId,
    String moduleId,
    long moduleVersionId,
    String launchId,
    int score,
    int scoreMaximum,
    boolean passed,
    String outcomeTitle,
    Instant completedAt) {}
