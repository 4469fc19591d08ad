package com.firstline.player.control;

import java.time.Instant;

/**
 * Fired when a new attempt begins, inside the transaction that creates it, so that an observer
 * writing to the database (learning records) commits or fails with it.
 *
 * @param launchId the LTI launch the attempt was played from, or null (development sign-in)
 * @param startNode the scene the attempt begins at
 */
public record AttemptStarted(
    long attemptId,
    long personId,
    String moduleId,
    long moduleVersionId,
    String launchId,
    String startNode,
    Instant startedAt) {}
