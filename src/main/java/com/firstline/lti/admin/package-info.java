/**
 * Who may administer LTI trust (registrations, registration links, key rotation), and by the same
 * rule people's data and the audit log: the operator, with the bearer token from {@code
 * lti.admin-token}, may do everything; an LMS Administrator's session manages its own registration
 * only, so that no LMS can reconfigure another's trust or the tool's ({@link
 * com.firstline.lti.admin.AdminScope}).
 */
package com.firstline.lti.admin;
