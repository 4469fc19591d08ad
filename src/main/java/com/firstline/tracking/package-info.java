/**
 * What happens after a lesson, seen from the LMS, read top-down:
 *
 * <ul>
 *   <li>{@code outbox}: the transactional outbox every kind of record leaves by — rows claimed in
 *       the database by one node at a time, sent by {@code DeliveryWorker} fairly across
 *       destinations, retried with backoff, each call ending before its claim does;
 *   <li>{@code grades}: the grade of a completed attempt (by the module's grade policy), queued in
 *       the transaction that completes it ({@code ScoreRecorder}), sent to the course link's AGS
 *       line item in order per person and link ({@code ScoreSender}), listed and retried by
 *       trainers;
 *   <li>{@code xapi}: learning records of each start, step and end for an LRS, when one is
 *       configured;
 *   <li>{@code board}: a course's NRPS roster set against that course's attempts.
 * </ul>
 *
 * {@link com.firstline.tracking.TrainerScope} says which course or LMS tenant a trainer or admin
 * may see.
 */
package com.firstline.tracking;
