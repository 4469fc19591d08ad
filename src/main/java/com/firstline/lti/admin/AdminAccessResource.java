package com.firstline.lti.admin;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code GET /api/admin/lti/access}: who the credential administers as, so that the admin page
 * shows an LTI admin only what they may do.
 */
@Path("admin/lti/access")
@Produces(MediaType.APPLICATION_JSON)
public class AdminAccessResource {
  @Inject AdminAccess access;

  /**
   * @param operator true for the admin token (everything), false for an LTI admin
   * @param registrationId the LTI admin's registration, null for the operator
   */
  public record AccessView(boolean operator, Long registrationId) {}

  @GET
  public AccessView get(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
    AdminScope scope = access.require(authorization);
    return new AccessView(scope.operator(), scope.registrationId());
  }
}
