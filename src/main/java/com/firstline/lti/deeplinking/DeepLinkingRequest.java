package com.firstline.lti.deeplinking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A platform's deep-linking request, waiting for the trainer's choice. Written with the launch that
 * brought it; answered at most once.
 */
@Entity(name = "LtiDeepLinkingRequest")
@Table(name = "lti_deep_linking_request")
class DeepLinkingRequest {
  @Id
  @Column(name = "launch_id")
  private String launchId;

  @Column(name = "return_url", nullable = false)
  private String returnUrl;

  @Column(name = "accept_multiple", nullable = false)
  private boolean acceptMultiple;

  /** Space-separated, as sent (type names hold no spaces). */
  @Column(name = "accept_types")
  private String acceptTypes;

  @Column(name = "echo_data")
  private String data;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "answered_at")
  private Instant answeredAt;

  protected DeepLinkingRequest() {}

  DeepLinkingRequest(String launchId, DeepLinkingSettings settings, Instant now) {
    this.launchId = launchId;
    this.returnUrl = settings.returnUrl();
    this.acceptMultiple = settings.acceptMultiple();
    this.acceptTypes =
        settings.acceptTypes().isEmpty() ? null : String.join(" ", settings.acceptTypes());
    this.data = settings.data();
    this.createdAt = now;
  }

  boolean isWaiting(Instant now) {
    return answeredAt == null && now.isBefore(createdAt.plus(DeepLinkingRequests.LIFETIME));
  }

  DeepLinkingSettings settings() {
    List<String> types = acceptTypes == null ? List.of() : Arrays.asList(acceptTypes.split(" "));
    return new DeepLinkingSettings(returnUrl, acceptMultiple, types, data);
  }
}
