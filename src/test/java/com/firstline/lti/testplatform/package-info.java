/**
 * A stand-in LMS for tests: its own RSA keys, a JWKS served over HTTP on a free localhost port, and
 * id_tokens built valid by default and broken one way at a time for the negative tests.
 */
package com.firstline.lti.testplatform;
