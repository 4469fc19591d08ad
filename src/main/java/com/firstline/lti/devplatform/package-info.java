/**
 * "Try it without an LMS": a development LTI platform built into Firstline, on only when {@code
 * dev.platform.enabled} is true. It registers itself like any platform (issuer {@code
 * <server>/dev-platform}, its own RSA key and JWKS) and answers our OIDC login with a signed
 * id_token, so a try-out runs the real login and launch through {@code /lti/login} and {@code
 * /lti/launch}, every check included. Never turn it on in production: anyone may launch as anyone.
 */
package com.firstline.lti.devplatform;
