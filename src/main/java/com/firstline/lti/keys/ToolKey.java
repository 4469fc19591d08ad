package com.firstline.lti.keys;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.text.ParseException;
import java.time.Instant;
import java.util.UUID;

/**
 * One RSA key pair of the tool. Published while not retired; the newest published key signs. The
 * private part is only ever stored sealed (see {@link KeyEncryption}).
 */
@Entity(name = "LtiToolKey")
@Table(name = "lti_tool_key")
class ToolKey {
  private static final int KEY_BITS = 2048;

  @Id private String kid;

  @Column(name = "public_jwk", nullable = false)
  private String publicJwk;

  @Column(name = "private_key", nullable = false)
  private byte[] privateKey;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "retired_at")
  private Instant retiredAt;

  protected ToolKey() {}

  private ToolKey(String kid, String publicJwk, byte[] privateKey, Instant now) {
    this.kid = kid;
    this.publicJwk = publicJwk;
    this.privateKey = privateKey;
    this.createdAt = now;
  }

  static ToolKey generate(KeyEncryption encryption, Instant now) {
    try {
      RSAKey pair =
          new RSAKeyGenerator(KEY_BITS)
              .keyID(UUID.randomUUID().toString())
              .algorithm(JWSAlgorithm.RS256)
              .keyUse(KeyUse.SIGNATURE)
              .generate();
      byte[] pkcs8 = pair.toRSAPrivateKey().getEncoded();
      return new ToolKey(
          pair.getKeyID(),
          pair.toPublicJWK().toJSONString(),
          encryption.seal(pkcs8, pair.getKeyID()),
          now);
    } catch (JOSEException e) {
      throw new IllegalStateException("Cannot generate an RSA key", e);
    }
  }

  /** No longer published: tokens signed with it stop verifying at platforms. */
  void retire(Instant now) {
    if (retiredAt == null) {
      retiredAt = now;
    }
  }

  RSAKey publicKey() {
    try {
      return RSAKey.parse(publicJwk);
    } catch (ParseException e) {
      throw new IllegalStateException("The stored public key of " + kid + " is not a JWK", e);
    }
  }

  /** The key pair, for signing; the private part is opened only here. */
  RSAKey keyPair(KeyEncryption encryption) {
    try {
      RSAPrivateKey opened =
          (RSAPrivateKey)
              KeyFactory.getInstance("RSA")
                  .generatePrivate(new PKCS8EncodedKeySpec(encryption.open(privateKey, kid)));
      return new RSAKey.Builder(publicKey()).privateKey(opened).build();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("The private key of " + kid + " is not an RSA key", e);
    }
  }

  String kid() {
    return kid;
  }

  Instant createdAt() {
    return createdAt;
  }
}
