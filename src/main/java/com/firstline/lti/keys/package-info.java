/**
 * The tool's own RSA signing keys: generated on first start, kept in the database with the private
 * part AES-GCM encrypted under {@code lti.key-encryption-key}, published at {@code /lti/jwks}, and
 * rotated so that the previous key stays published until the next rotation.
 */
package com.firstline.lti.keys;
