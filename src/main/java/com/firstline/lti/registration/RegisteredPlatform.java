package com.firstline.lti.registration;

import java.time.Instant;
import java.util.List;

/**
 * A registration as the rest of Firstline sees it (never the entity): the admin API answers with
 * it, the login and launch read the platform's addresses from it, grade passback its token URL.
 *
 * @param tokenAudience the audience to put in client assertions: the configured one, else the token
 *     URL
 */
public record RegisteredPlatform(
    long id,
    String issuer,
    String clientId,
    String authUrl,
    String tokenUrl,
    String tokenAudience,
    String jwksUrl,
    List<String> deploymentIds,
    Instant createdAt) {

  public RegisteredPlatform {
    deploymentIds = List.copyOf(deploymentIds);
  }

  public boolean hasDeployment(String deploymentId) {
    return deploymentIds.contains(deploymentId);
  }
}
