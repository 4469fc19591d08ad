package com.firstline.player.control;

import java.time.Instant;

/**
 * Fired for each step an attempt records (a choice, or a step back), inside the transaction that
 * records it, so that an observer writing to the database commits or fails with it. A step that
 * reaches an ending is followed by {@link AttemptCompleted}.
 *
 * @param launchId the LTI launch the attempt was played from, or null (development sign-in)
 * @param fromNode the scene the step was taken at
 * @param choiceId the choice taken, or null for a step back
 * @param toNode the node the step led to (a scene, or an ending)
 */
public record StepRecorded(
    long attemptId,
    long personId,
    String moduleId,
    long moduleVersionId,
    String launchId,
    int stepNo,
    String fromNode,
    String choiceId,
    String toNode,
    Instant takenAt) {}
