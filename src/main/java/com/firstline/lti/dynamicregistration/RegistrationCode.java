package com.firstline.lti.dynamicregistration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A one-time registration code, known here only by its SHA-256. Claimed once by {@code
 * /lti/register} (the claim itself is an atomic update in {@link RegistrationCodes}); given back
 * when the platform could not be registered, so the admin's link still works after the LMS side is
 * fixed; then tied to the registration it made.
 */
@Entity(name = "LtiRegistrationCode")
@Table(name = "lti_registration_code")
class RegistrationCode {
  @Id
  @Column(name = "code_hash", nullable = false, length = 64)
  private String codeHash;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "used_at")
  private Instant usedAt;

  @Column(name = "registration_id")
  private Long registrationId;

  protected RegistrationCode() {}

  RegistrationCode(String codeHash, Instant now, Instant expiresAt) {
    this.codeHash = codeHash;
    this.createdAt = now;
    this.expiresAt = expiresAt;
  }

  void registered(long registrationId) {
    this.registrationId = registrationId;
  }
}
