package com.firstline.lti.admin;

import com.firstline.lti.launch.Launches;
import com.firstline.platform.identity.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * The check every admin endpoint starts with: a valid LMS session (an Administrator launch) gives
 * that LMS's {@link AdminScope}; otherwise the bearer must be the server's admin token (the
 * operator). Both arrive as {@code Authorization: Bearer ...}; a session token is tried first
 * because {@code SessionFilter} has already verified it.
 */
@RequestScoped
public class AdminAccess {
  @Inject CurrentCaller current;
  @Inject Launches launches;
  @Inject AdminCredential token;

  /** The caller's scope; 401/403 when they are neither an LTI admin nor the operator. */
  public AdminScope require(String authorization) {
    var caller = current.get();
    if (caller.isPresent()) {
      String launchId = caller.get().launchId();
      return AdminScope.ofSession(
          caller.get(), launchId == null ? Optional.empty() : launches.byId(launchId));
    }
    token.require(authorization);
    return AdminScope.OPERATOR;
  }

  /** Passes only for the operator: see {@link AdminScope#requireOperator(String)}. */
  public AdminScope requireOperator(String authorization, String operation) {
    return require(authorization).requireOperator(operation);
  }
}
