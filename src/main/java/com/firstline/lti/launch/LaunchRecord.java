package com.firstline.lti.launch;

import java.time.Instant;
import java.util.List;

/**
 * A recorded launch as other features read it, by the launch id in the caller's session: grade
 * passback needs {@code agsLineItem}, {@code agsLineItems} and {@code agsScopes} (and the
 * registration's token URL), rosters need {@code membershipsUrl}. Any of the optional parts is null
 * (or empty) when the platform did not offer that service.
 *
 * @param registrationId null once the registration has been deleted
 */
public record LaunchRecord(
    String id,
    Long registrationId,
    String issuer,
    String clientId,
    String deploymentId,
    long personId,
    String messageType,
    String contextId,
    String contextTitle,
    String resourceLinkId,
    String resourceLinkTitle,
    String moduleId,
    String agsLineItem,
    String agsLineItems,
    List<String> agsScopes,
    String membershipsUrl,
    List<String> ltiRoles,
    Instant createdAt) {

  public LaunchRecord {
    agsScopes = List.copyOf(agsScopes);
    ltiRoles = List.copyOf(ltiRoles);
  }
}
