package com.firstline.engagement.boundary;

import com.firstline.engagement.control.EngagementAccess;
import com.firstline.engagement.control.OwnTeam;
import com.firstline.engagement.control.Reports;
import com.firstline.platform.identity.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A manager's own team: only when an admin has turned it on, only the caller's own teams, every
 * read in the access log.
 */
@Path("engagement/me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OwnTeamResource {
  @Inject EngagementAccess access;
  @Inject OwnTeam ownTeam;

  @GET
  @Operation(summary = "The caller's own team over waves, when the organisation has turned it on")
  public Reports.ManagerView ownTeam() {
    Caller caller = access.ownTeam("own team view");
    return ownTeam.of(caller.personId());
  }
}
