package com.firstline.audit;

import com.firstline.lti.admin.AdminAccess;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code GET /api/admin/audit}: the newest admin actions, for the admin token (all of them) or an
 * LMS Administrator (their registration's).
 */
@Path("admin/audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {
  private static final int MOST = 500;

  @Inject AdminAccess access;
  @Inject AuditLog log;

  @GET
  @Operation(summary = "The newest admin actions in the caller's scope (at most 500)")
  public List<AuditLog.Entry> newest(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      @QueryParam("limit") @DefaultValue("100") int limit) {
    return log.newest(
        access.require(authorization).registrationId(), Math.max(1, Math.min(limit, MOST)));
  }
}
