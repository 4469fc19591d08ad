package com.firstline.player.control;

import java.time.Instant;

/**
 * Fired when a manager writes (or rewrites) their action plan at an attempt's ending, inside the
 * transaction that stores it, so a learning record of it commits or fails with it.
 *
 * @param launchId the LTI launch the attempt was played from, or null (development sign-in)
 * @param text the plan as stored: personal, for the manager's own records (their LRS) only
 */
public record ActionPlanWritten(
    long attemptId,
    long personId,
    String moduleId,
    long moduleVersionId,
    String launchId,
    String text,
    Instant writtenAt) {}
