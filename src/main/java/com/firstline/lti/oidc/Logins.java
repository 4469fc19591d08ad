package com.firstline.lti.oidc;

import com.firstline.lti.registration.RegisteredPlatform;
import com.firstline.lti.registration.Registrations;
import com.firstline.platform.errors.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.hibernate.Session;

/** Starts logins: finds the registration a login request is for and records its state and nonce. */
@ApplicationScoped
public class Logins {
  @Inject Registrations registrations;
  @Inject LoginStates states;

  @PersistenceContext(unitName = "firstline")
  EntityManager em;

  /**
   * The login's registration and its new state, or a 400 saying what the platform must fix. One
   * transaction for the lookup and the insert: a login is on every launch's path.
   */
  @Transactional
  public Started begin(LoginRequest request) {
    // The registration is only read: nothing of it to compare at commit, where the login is
    // written.
    em.unwrap(Session.class).setDefaultReadOnly(true);
    RegisteredPlatform platform =
        registrationFor(request, registrations.byIssuer(request.issuer()));
    return new Started(platform, states.begin(platform.id(), request));
  }

  /** A started login: which registration, and the state and nonce sent to it. */
  public record Started(RegisteredPlatform platform, PendingLogin login) {}

  /**
   * One issuer may hold several registrations (client_ids); without {@code client_id} in the
   * request we cannot tell which one is meant, and guessing would check the id_token against the
   * wrong client.
   */
  static RegisteredPlatform registrationFor(
      LoginRequest request, List<RegisteredPlatform> ofIssuer) {
    if (ofIssuer.isEmpty()) {
      throw badLogin(
          "No LTI platform is registered with issuer '"
              + request.issuer()
              + "'. Register it with Firstline first.");
    }
    RegisteredPlatform platform;
    if (request.clientId() != null) {
      platform =
          ofIssuer.stream()
              .filter(p -> p.clientId().equals(request.clientId()))
              .findFirst()
              .orElseThrow(
                  () ->
                      badLogin(
                          "The platform '"
                              + request.issuer()
                              + "' has no registration with client_id '"
                              + request.clientId()
                              + "'."));
    } else if (ofIssuer.size() == 1) {
      platform = ofIssuer.get(0);
    } else {
      throw badLogin(
          "Several registrations share issuer '"
              + request.issuer()
              + "': the login request must say which one with client_id.");
    }
    if (request.deploymentId() != null && !platform.hasDeployment(request.deploymentId())) {
      throw badLogin(
          "The deployment '"
              + request.deploymentId()
              + "' is not registered for client_id '"
              + platform.clientId()
              + "'. Add it to the registration first.");
    }
    return platform;
  }

  private static ProblemException badLogin(String detail) {
    return ProblemException.badRequest(detail, List.of());
  }
}
