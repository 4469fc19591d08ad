package com.firstline.player.control;

import java.time.Instant;

/**
 * Fired once when an attempt reaches an ending, inside the transaction that records the last step,
 * so that an observer writing to the database (a grade outbox, a report) commits or fails with it.
 *
 * @param launchId the LTI launch that began the attempt in its course link, or null when the
 *     attempt belongs to no course link (development sign-in): then nothing goes to an LMS
 * @param score this attempt's score
 * @param grade the manager's grade in the course link after this completion, by the module's grade
 *     policy: what the LMS gradebook receives
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
    Instant completedAt,
    CourseGrade grade) {}
