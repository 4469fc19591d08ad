/**
 * What happens after a lesson, seen from the LMS: final scores go back through AGS by a
 * transactional outbox ({@code control.ScoreOutbox} writes a row in the transaction that completes
 * the attempt; {@code control.DeliveryWorker} on every node claims due rows and sends them,
 * retrying with backoff), trainers see each delivery's state and retry failed ones, and the
 * completion board sets a course's NRPS roster against the attempts. When an LRS is configured,
 * {@code control.XapiOutbox} writes xAPI statements of each start, step and end to a second outbox
 * that the same worker sends.
 */
package com.firstline.tracking;
