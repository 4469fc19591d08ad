/**
 * The OIDC third-party-initiated login that starts every LTI 1.3 launch: {@code /lti/login} finds
 * the registration, records a single-use state and nonce in the database (so any node can finish
 * the launch), sets a state cookie where browsers allow one, and redirects to the platform.
 */
package com.firstline.lti.oidc;
