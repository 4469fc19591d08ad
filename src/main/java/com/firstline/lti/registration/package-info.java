/**
 * The platforms Firstline trusts: one registration per (issuer, client_id) with the platform's
 * OIDC, token and JWKS addresses, and the deployments under it. Maintained through the admin API
 * ({@code /api/admin/lti/registrations}: the operator's {@code lti.admin-token}, or an LMS
 * Administrator for their own registration) or a file named by {@code lti.registrations-file} that
 * is upserted at startup.
 */
package com.firstline.lti.registration;
