package com.firstline.lti.registration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One installation of Firstline in a platform, named by the platform's deployment_id. */
@Entity(name = "LtiDeployment")
@Table(name = "lti_deployment")
class Deployment {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "registration_id", nullable = false)
  private Registration registration;

  @Column(name = "deployment_id", nullable = false)
  private String deploymentId;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Deployment() {}

  Deployment(Registration registration, String deploymentId, Instant now) {
    this.registration = registration;
    this.deploymentId = deploymentId;
    this.createdAt = now;
  }

  String deploymentId() {
    return deploymentId;
  }

  Instant createdAt() {
    return createdAt;
  }
}
