package com.firstline.lti.registration;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * One client_id a platform gave Firstline, with the platform's addresses and its deployments. The
 * (issuer, client_id) pair never changes; the addresses may be corrected, deployments only added.
 */
@Entity(name = "LtiRegistration")
@Table(name = "lti_registration")
class Registration {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String issuer;

  @Column(name = "client_id", nullable = false)
  private String clientId;

  @Column(name = "auth_url", nullable = false)
  private String authUrl;

  @Column(name = "token_url", nullable = false)
  private String tokenUrl;

  @Column(name = "token_audience")
  private String tokenAudience;

  @Column(name = "jwks_url", nullable = false)
  private String jwksUrl;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  // A handful per registration, always needed together with it: loaded eagerly.
  @OneToMany(
      mappedBy = "registration",
      cascade = CascadeType.ALL,
      orphanRemoval = true,
      fetch = FetchType.EAGER)
  private Set<Deployment> deployments = new LinkedHashSet<>();

  protected Registration() {}

  Registration(String issuer, String clientId, Endpoints endpoints, Instant now) {
    this.issuer = issuer;
    this.clientId = clientId;
    this.createdAt = now;
    moveTo(endpoints, now);
  }

  /** When the addresses or deployments last changed. */
  Instant updatedAt() {
    return updatedAt;
  }

  /** The platform's addresses changed (or were mistyped): the identity stays. */
  void moveTo(Endpoints endpoints, Instant now) {
    // An upsert with the same addresses (the development platform's every try-out) writes nothing:
    // no row lock held to commit, no durable write for a change that is not one.
    if (Objects.equals(endpoints.authUrl(), authUrl)
        && Objects.equals(endpoints.tokenUrl(), tokenUrl)
        && Objects.equals(endpoints.tokenAudience(), tokenAudience)
        && Objects.equals(endpoints.jwksUrl(), jwksUrl)) {
      return;
    }
    this.authUrl = endpoints.authUrl();
    this.tokenUrl = endpoints.tokenUrl();
    this.tokenAudience = endpoints.tokenAudience();
    this.jwksUrl = endpoints.jwksUrl();
    this.updatedAt = now;
  }

  /** Adds a deployment unless it is already known; true when it was new. */
  boolean deploy(String deploymentId, Instant now) {
    if (deployments.stream().anyMatch(d -> d.deploymentId().equals(deploymentId))) {
      return false;
    }
    deployments.add(new Deployment(this, deploymentId, now));
    updatedAt = now;
    return true;
  }

  Long id() {
    return id;
  }

  RegisteredPlatform view() {
    Endpoints endpoints = new Endpoints(authUrl, tokenUrl, tokenAudience, jwksUrl);
    return new RegisteredPlatform(
        id,
        issuer,
        clientId,
        authUrl,
        tokenUrl,
        endpoints.effectiveTokenAudience(),
        jwksUrl,
        deployments.stream()
            .sorted(Comparator.comparing(Deployment::createdAt))
            .map(Deployment::deploymentId)
            .toList(),
        createdAt);
  }
}
