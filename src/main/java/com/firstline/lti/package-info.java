/**
 * LTI 1.3: how LMS platforms launch people into Firstline. {@code registration} holds the platforms
 * we trust (and their admin API), {@code keys} the tool's own signing keys and JWKS, {@code oidc}
 * the third-party-initiated login, {@code launch} the id_token checks and what an accepted launch
 * records.
 */
package com.firstline.lti;
