package com.firstline.engagement.boundary;

import com.firstline.engagement.control.EngagementAccess;
import com.firstline.engagement.control.EngagementSettings;
import com.firstline.engagement.control.SettingStore;
import com.firstline.platform.errors.Problem;
import com.firstline.platform.errors.ProblemException;
import com.firstline.platform.identity.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The engagement settings an organisation changes on the Insights page (admins only change). */
@Path("engagement/settings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SettingsResource {
  @Inject EngagementAccess access;
  @Inject EngagementSettings settings;
  @Inject SettingStore store;

  /** What the page shows and an admin may change; the group size is configuration only. */
  public record Settings(Boolean managersSeeOwnTeam, Integer minGroupSize) {}

  @GET
  public Settings read() {
    access.analyst("settings", null);
    return current();
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Turn managers' view of their own team on or off")
  public Settings change(Settings change) {
    Caller caller =
        access.admin(
            "change setting",
            "managers-see-own-team=" + (change == null ? null : change.managersSeeOwnTeam()));
    if (change == null || change.managersSeeOwnTeam() == null) {
      throw ProblemException.badRequest(
          "Say whether managers see their own team.",
          List.of(Problem.InputError.field("managersSeeOwnTeam", "must be true or false")));
    }
    store.store(
        SettingStore.MANAGERS_SEE_OWN_TEAM,
        change.managersSeeOwnTeam().toString(),
        caller.personId());
    return current();
  }

  private Settings current() {
    return new Settings(settings.managersSeeOwnTeam(), settings.privacy().minGroupSize());
  }
}
