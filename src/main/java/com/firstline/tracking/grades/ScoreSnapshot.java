package com.firstline.tracking.grades;

import java.time.Instant;

/**
 * Everything needed to send one final score, fixed when the attempt completed.
 *
 * @param userId the person's LTI {@code sub} at the platform
 * @param lineItemUrl the launch's line item, or (once found or created) the module's
 * @param lineItemsUrl the context's line item container, for finding or creating the module's
 * @param agsScopes the AGS scopes the launch granted, space-separated
 * @param gradeKey the person and course link the score is the grade of: such scores leave one at a
 *     time, in order
 * @param scoreGiven the grade by the module's policy (not necessarily this attempt's score)
 * @param gradePolicy the module's grade policy, for the trainer's page
 */
public record ScoreSnapshot(
    long attemptId,
    long personId,
    String moduleId,
    String moduleTitle,
    String launchId,
    Long registrationId,
    String issuer,
    String contextId,
    String userId,
    String gradeKey,
    String lineItemUrl,
    String lineItemsUrl,
    String agsScopes,
    int scoreGiven,
    int scoreMaximum,
    String gradePolicy,
    String comment,
    Instant completedAt) {}
