package com.firstline.audit;

import com.firstline.lti.admin.AdminCredential;
import com.firstline.lti.launch.LaunchRecord;
import com.firstline.lti.launch.Launches;
import com.firstline.platform.errors.ProblemException;
import com.firstline.platform.identity.Caller;
import com.firstline.platform.identity.CurrentCaller;
import com.firstline.platform.identity.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Who may act as an admin on people's data and the audit log, by the same tenant rule as the
 * deliveries (see {@code TrainerScope}): the admin token and the development sign-in's admin over
 * everything; an LMS Administrator over the registration their launch came from, never another's;
 * anyone else is refused (401 without credentials, 403 otherwise).
 */
@RequestScoped
public class AdminScope {
  @Inject CurrentCaller current;
  @Inject AdminCredential token;
  @Inject Launches launches;

  /** The admin behind this request; {@code authorization} is the request's header. */
  public Admin require(String authorization) {
    Optional<Caller> session = current.get();
    if (session.isEmpty()) {
      token.require(authorization);
      return new Admin(Actor.TOKEN, null);
    }
    Caller caller = session.get();
    if (!caller.roles().contains(Role.ADMIN)) {
      throw ProblemException.forbidden(
          "This needs an administrator: the admin token or an LMS Administrator's launch.");
    }
    return new Admin(Actor.person(caller.personId()), tenantOf(caller));
  }

  /** The actor of this request, whoever it is (for the log of an action already allowed). */
  Actor actor() {
    return current.get().map(c -> Actor.person(c.personId())).orElse(Actor.TOKEN);
  }

  /** The registration of the caller's launch, if the caller came from an LMS. */
  Optional<Long> callerRegistration() {
    return current
        .get()
        .map(Caller::launchId)
        .flatMap(launches::byId)
        .map(LaunchRecord::registrationId);
  }

  private Long tenantOf(Caller caller) {
    if (caller.launchId() == null) {
      return null;
    }
    return launches
        .byId(caller.launchId())
        .map(LaunchRecord::registrationId)
        .orElseThrow(
            () ->
                ProblemException.forbidden(
                    "The LMS this session came from is no longer registered."));
  }
}
