package com.firstline.lti.devplatform;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The development platform's one RSA key, as a private JWK. Stored unsealed on purpose: it is a
 * development key whose public half is published only while the development platform is on.
 */
@Entity(name = "LtiDevPlatformKey")
@Table(name = "lti_dev_platform_key")
class DevPlatformKey {
  static final int ONLY = 1;

  @Id private int id;

  @Column(name = "private_jwk", nullable = false)
  private String privateJwk;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected DevPlatformKey() {}

  DevPlatformKey(String privateJwk, Instant now) {
    this.id = ONLY;
    this.privateJwk = privateJwk;
    this.createdAt = now;
  }

  String privateJwk() {
    return privateJwk;
  }
}
