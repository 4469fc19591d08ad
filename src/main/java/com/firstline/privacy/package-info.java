/**
 * People's data: an admin exports everything Firstline holds about one person ({@code
 * PersonExport}), erases it ({@code PersonErasure}), and a retention setting deletes attempts and
 * launches older than a number of days ({@code RetentionJob}, {@code RetentionPolicy}). An LMS
 * Administrator reaches only the people of their own registration; exports and erasures are written
 * to the audit log in their own transaction.
 */
package com.firstline.privacy;
