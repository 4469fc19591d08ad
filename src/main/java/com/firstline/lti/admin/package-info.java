/**
 * The credential that guards LTI administration (registrations, key rotation): a bearer token from
 * {@code lti.admin-token}, separate from LMS sessions so that no LMS role can reconfigure trust.
 */
package com.firstline.lti.admin;
