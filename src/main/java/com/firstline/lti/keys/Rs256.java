package com.firstline.lti.keys;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Signs a JWT the way every LTI message Firstline sends is signed: RS256, with the key's kid in the
 * header so the receiver finds the public key in the JWKS. Pure logic.
 */
public final class Rs256 {
  private Rs256() {}

  public static String sign(JWTClaimsSet claims, RSAKey key) {
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256)
                .keyID(key.getKeyID())
                .type(JOSEObjectType.JWT)
                .build(),
            claims);
    try {
      jwt.sign(new RSASSASigner(key));
    } catch (JOSEException e) {
      throw new IllegalStateException("Cannot sign a JWT with key " + key.getKeyID(), e);
    }
    return jwt.serialize();
  }
}
