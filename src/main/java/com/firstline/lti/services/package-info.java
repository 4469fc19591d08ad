/**
 * The LTI Advantage services Firstline calls on a platform: OAuth 2 access tokens (client
 * credentials with a signed JWT assertion, cached per registration and scope set), Assignment and
 * Grade Services (line items, scores) and Names and Role Provisioning (paged memberships). These
 * are plain clients: they throw {@link com.firstline.lti.services.PlatformCallFailed} saying
 * whether a failure is worth retrying; when to retry is the caller's business (see {@code
 * tracking}).
 */
package com.firstline.lti.services;
