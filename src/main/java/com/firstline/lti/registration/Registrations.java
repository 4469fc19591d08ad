package com.firstline.lti.registration;

import com.firstline.platform.db.EntityReads;
import com.firstline.platform.errors.Problem;
import com.firstline.platform.errors.ProblemException;
import com.firstline.platform.security.FrameOriginsChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The registered platforms: created and corrected by the admin API or the registrations file, read
 * by the login and the launch. Answers with {@link RegisteredPlatform} views, never entities.
 */
@ApplicationScoped
// Reads run in a transaction too: on Liberty, an entity manager used outside one fails to release
// its connection cleanly when the request ends (J2CA0026E in the log).
@Transactional
public class Registrations {
  private static final int MAX_ID_LENGTH = 255;

  @PersistenceContext(unitName = "firstline")
  EntityManager em;

  @Inject Event<FrameOriginsChanged> frameOriginsChanged;

  Clock clock = Clock.systemUTC();

  /** A new registration; 409 when this (issuer, client_id) is registered already. */
  public RegisteredPlatform register(NewRegistration request) {
    request.validate();
    if (entity(request.issuer(), request.clientId()).isPresent()) {
      throw alreadyRegistered(request);
    }
    try {
      // Always a new row: a request that lost the race to a concurrent create must hit the
      // unique key, not find the winner's row and answer 201 for it.
      return deployAll(created(request), request);
    } catch (PersistenceException raced) {
      // The same registration was created by a concurrent request after the check above.
      throw alreadyRegistered(request);
    }
  }

  private static ProblemException alreadyRegistered(NewRegistration request) {
    return ProblemException.conflict(
        "A registration for issuer "
            + request.issuer()
            + " and client_id "
            + request.clientId()
            + " exists already.");
  }

  /** Creates the registration or brings an existing one up to date; deployments are only added. */
  public RegisteredPlatform upsert(NewRegistration request) {
    request.validate();
    Registration registration =
        entity(request.issuer(), request.clientId()).orElseGet(() -> created(request));
    registration.moveTo(request.endpoints(), clock.instant());
    return deployAll(registration, request);
  }

  private Registration created(NewRegistration request) {
    Registration created =
        new Registration(
            request.issuer(), request.clientId(), request.endpoints(), clock.instant());
    em.persist(created);
    return created;
  }

  /** Adds the request's deployments the registration lacks and writes it. */
  private RegisteredPlatform deployAll(Registration registration, NewRegistration request) {
    for (String deploymentId : request.deploymentIdsOrEmpty()) {
      registration.deploy(deploymentId, clock.instant());
    }
    em.flush();
    frameOriginsChanged.fire(new FrameOriginsChanged());
    return registration.view();
  }

  public RegisteredPlatform addDeployment(long registrationId, String deploymentId) {
    List<Problem.InputError> errors = new ArrayList<>();
    checkDeploymentId("deploymentId", deploymentId, errors);
    if (!errors.isEmpty()) {
      throw ProblemException.badRequest("The deployment is not valid.", errors);
    }
    Registration registration = existing(registrationId);
    registration.deploy(deploymentId, clock.instant());
    em.flush();
    return registration.view();
  }

  public void delete(long registrationId) {
    em.remove(existing(registrationId));
    frameOriginsChanged.fire(new FrameOriginsChanged());
  }

  /** Moves a registration to new addresses (a platform moved, or a typo is corrected). */
  public RegisteredPlatform moveTo(long registrationId, Endpoints endpoints) {
    Registration registration = existing(registrationId);
    registration.moveTo(endpoints, clock.instant());
    em.flush();
    frameOriginsChanged.fire(new FrameOriginsChanged());
    return registration.view();
  }

  public List<RegisteredPlatform> all() {
    return em
        .createQuery(
            "SELECT r FROM LtiRegistration r ORDER BY r.issuer, r.clientId", Registration.class)
        .getResultList()
        .stream()
        .map(Registration::view)
        .toList();
  }

  public Optional<RegisteredPlatform> byId(long registrationId) {
    return EntityReads.find(em, Registration.class, registrationId).map(Registration::view);
  }

  public List<RegisteredPlatform> byIssuer(String issuer) {
    return em
        .createQuery(
            // Deployments in the same statement: a login reads them, and it is on every launch's
            // path.
            "SELECT r FROM LtiRegistration r LEFT JOIN FETCH r.deployments"
                + " WHERE r.issuer = :issuer ORDER BY r.clientId",
            Registration.class)
        .setParameter("issuer", issuer)
        .getResultList()
        .stream()
        .map(Registration::view)
        .toList();
  }

  public Optional<RegisteredPlatform> find(String issuer, String clientId) {
    return entity(issuer, clientId).map(Registration::view);
  }

  private Registration existing(long registrationId) {
    Registration registration =
        EntityReads.find(em, Registration.class, registrationId).orElse(null);
    if (registration == null) {
      throw ProblemException.notFound("There is no LTI registration " + registrationId + ".");
    }
    return registration;
  }

  private Optional<Registration> entity(String issuer, String clientId) {
    return em
        .createQuery(
            "SELECT r FROM LtiRegistration r WHERE r.issuer = :issuer AND r.clientId = :clientId",
            Registration.class)
        .setParameter("issuer", issuer)
        .setParameter("clientId", clientId)
        .getResultList()
        .stream()
        .findFirst();
  }

  /** LTI says deployment_id is case-sensitive, at most 255 ASCII characters. */
  static void checkDeploymentId(String field, String value, List<Problem.InputError> errors) {
    checkIdentifier(field, value, errors);
    if (value != null && !value.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
      errors.add(Problem.InputError.field(field, "must be printable ASCII"));
    }
  }

  static void checkIdentifier(String field, String value, List<Problem.InputError> errors) {
    if (value == null || value.isBlank()) {
      errors.add(Problem.InputError.field(field, "is required"));
    } else if (value.length() > MAX_ID_LENGTH) {
      errors.add(Problem.InputError.field(field, "must be at most 255 characters"));
    }
  }
}
