package com.firstline.engagement.control;

import com.firstline.lti.launch.Launches;
import com.firstline.platform.errors.ProblemException;
import com.firstline.platform.identity.Caller;
import com.firstline.platform.identity.CurrentCaller;
import com.firstline.platform.identity.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Set;

/**
 * Who may see engagement data: admins (an LTI Administrator, the development sign-in's or the
 * development platform's admin) and HR analysts (the development sign-in's HR_ANALYST, or an LTI
 * launch carrying a role that {@code engagement.hr-analyst-roles} names, or the claim that {@code
 * engagement.hr-analyst-claim} names). Every read passes through here and is written to the access
 * log.
 */
@RequestScoped
public class EngagementAccess {
  @Inject CurrentCaller current;
  @Inject Launches launches;
  @Inject EngagementSettings settings;
  @Inject EngagementStore store;
  @Inject AnalystLaunches analystLaunches;

  /** An admin or HR analyst; records the read. */
  public Caller analyst(String action, String detail) {
    Caller caller = current.signedIn();
    if (!isAnalyst(caller)) {
      throw ProblemException.forbidden("Engagement data is for admins and HR analysts only.");
    }
    store.logAccess(caller.personId(), action, detail);
    return caller;
  }

  /** An admin only (imports of people data, links, sample data, the access log). */
  public Caller admin(String action, String detail) {
    Caller caller = current.signedIn();
    if (!caller.roles().contains(Role.ADMIN)) {
      throw ProblemException.forbidden("This needs the admin role.");
    }
    store.logAccess(caller.personId(), action, detail);
    return caller;
  }

  /**
   * A manager (an LMS learner) looking at their own team, when the organisation allows it; records
   * the read.
   */
  public Caller ownTeam(String action) {
    Caller caller = current.signedIn();
    if (!caller.has(Role.MANAGER)) {
      throw ProblemException.forbidden("A team's own view is for its manager.");
    }
    if (!settings.managersSeeOwnTeam()) {
      throw ProblemException.forbidden(
          "Your organisation has not turned on managers' view of their own team.");
    }
    store.logAccess(caller.personId(), action, "own team");
    return caller;
  }

  /**
   * Whether the caller is a manager whose organisation lets managers see their own team; unlike
   * {@link #ownTeam(String)} it reads nothing and logs nothing, and refuses only the anonymous.
   */
  public boolean ownTeamTurnedOnForCaller() {
    return current.signedIn().has(Role.MANAGER) && settings.managersSeeOwnTeam();
  }

  boolean isAnalyst(Caller caller) {
    if (caller.roles().contains(Role.ADMIN) || caller.roles().contains(Role.HR_ANALYST)) {
      return true;
    }
    if (caller.launchId() == null) {
      return false;
    }
    if (analystLaunches.isAnalyst(caller.launchId())) {
      return true;
    }
    Set<String> mapped = settings.hrAnalystRoles();
    return !mapped.isEmpty()
        && launches
            .byId(caller.launchId())
            .map(launch -> launch.ltiRoles().stream().anyMatch(mapped::contains))
            .orElse(false);
  }
}
