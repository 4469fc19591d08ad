package com.firstline.lti.oidc;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A login in flight: the state and nonce we sent to the platform for one registration. It is used
 * at most once, by the launch that brings the same state back with an id_token carrying the nonce.
 */
@Entity(name = "LtiLoginState")
@Table(name = "lti_login_state")
class LoginState {
  @Id private String state;

  @Column(nullable = false)
  private String nonce;

  @Column(name = "registration_id", nullable = false)
  private long registrationId;

  @Column(name = "storage_target")
  private String storageTarget;

  @Column private String relaunch;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "used_at")
  private Instant usedAt;

  protected LoginState() {}

  LoginState(
      String state,
      String nonce,
      long registrationId,
      String storageTarget,
      String relaunch,
      Instant now,
      Instant expiresAt) {
    this.state = state;
    this.nonce = nonce;
    this.registrationId = registrationId;
    this.storageTarget = storageTarget;
    this.relaunch = relaunch;
    this.createdAt = now;
    this.expiresAt = expiresAt;
  }

  boolean isPending(Instant now) {
    return usedAt == null && now.isBefore(expiresAt);
  }

  PendingLogin pending() {
    return new PendingLogin(state, nonce, registrationId, storageTarget, relaunch);
  }
}
