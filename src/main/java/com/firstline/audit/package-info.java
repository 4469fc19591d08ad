/**
 * The log of admin actions: registrations created, moved or deleted, deployments added, dynamic
 * registration links made, keys rotated, scores retried, people's data exported or erased. Each is
 * an {@link com.firstline.audit.AdminAction} event, written by {@link
 * com.firstline.audit.AuditLog}; admin endpoints of other features carry {@link
 * com.firstline.audit.Audited} (one line each) and a response filter fires the event when they
 * succeed. Who may act as an admin, and over which LMS tenant, is the LTI administration's rule
 * ({@link com.firstline.lti.admin.AdminAccess}): the admin token over everything, an LMS
 * Administrator over their own registration.
 */
package com.firstline.audit;
