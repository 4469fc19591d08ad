/**
 * Grades back to the LMS (AGS): queued with the completion, sent in order per person and course
 * link to the link's line item (found or created once across nodes), and shown to trainers with a
 * retry for those that failed.
 */
package com.firstline.tracking.grades;
