package com.firstline.engagement.boundary;

import com.firstline.engagement.control.EngagementAccess;
import com.firstline.engagement.control.OwnTeam;
import com.firstline.engagement.control.Reports;
import com.firstline.platform.identity.Caller;
import com.firstline.platform.identity.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A manager's own team: only when an admin has turned it on, only the caller's own teams, every
 * read in the access log. The player asks {@code available} first, to offer a link to the team page
 * only to a manager who would find a team there.
 */
@Path("engagement/me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OwnTeamResource {
  @Inject EngagementAccess access;
  @Inject OwnTeam ownTeam;
  @Inject CurrentCaller current;

  @GET
  @Operation(summary = "The caller's own team over waves, when the organisation has turned it on")
  public Reports.ManagerView ownTeam() {
    Caller caller = access.ownTeam("own team view");
    return ownTeam.of(caller.personId());
  }

  /**
   * Whether the caller's own team page would show them a team: they are a manager, the organisation
   * has turned the view on and they are matched to a team. No team data is read, so the call is not
   * in the access log.
   */
  @GET
  @Path("available")
  @Operation(summary = "Whether the caller's own team view is turned on and finds their team")
  public Availability available() {
    boolean available =
        access.ownTeamTurnedOnForCaller() && ownTeam.isMatched(current.signedIn().personId());
    return new Availability(available);
  }

  /** The answer of {@link #available()}. */
  public record Availability(boolean available) {}
}
