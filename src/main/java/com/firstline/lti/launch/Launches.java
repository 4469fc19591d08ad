package com.firstline.lti.launch;

import com.firstline.lti.oidc.LoginStates;
import com.firstline.lti.oidc.PendingLogin;
import com.firstline.lti.registration.RegisteredPlatform;
import com.firstline.lti.registration.Registrations;
import com.firstline.platform.db.EntityReads;
import com.firstline.platform.identity.People;
import com.firstline.platform.identity.Person;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import org.hibernate.FlushMode;
import org.hibernate.Session;

/** Records accepted launches, and finds them again by id for the features that need them. */
@ApplicationScoped
// Reads run in a transaction too: on Liberty, an entity manager used outside one fails to release
// its connection cleanly when the request ends (J2CA0026E in the log).
@Transactional
public class Launches {
  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext(unitName = "firstline")
  EntityManager em;

  @Inject LoginStates states;
  @Inject Registrations registrations;
  @Inject People people;
  @Inject Event<LaunchRecorded> recorded;

  Clock clock = Clock.systemUTC();

  /** A login still waiting for its launch, and its registration unless that was deleted since. */
  public record Awaited(PendingLogin login, Optional<RegisteredPlatform> platform) {}

  /**
   * The login with this state, when pending, with its registration: one transaction for both. It
   * only reads, so its session keeps no snapshots and is not flushed: the launch writes later, in
   * {@link #record}'s own transaction.
   */
  public Optional<Awaited> awaiting(String state) {
    Session session = em.unwrap(Session.class);
    session.setDefaultReadOnly(true);
    session.setHibernateFlushMode(FlushMode.MANUAL);
    return states
        .pending(state)
        .map(login -> new Awaited(login, registrations.byId(login.registrationId())));
  }

  /** A recorded launch: its id and the person it provisioned. */
  public record Recorded(String launchId, long personId) {}

  /**
   * In one transaction: uses up the login (so the id_token cannot be replayed), provisions the
   * person and writes the launch, then tells the observers of {@link LaunchRecorded}. If the login
   * was used meanwhile, nothing is written.
   */
  public Recorded record(
      String state, RegisteredPlatform platform, LaunchFacts facts, IdToken token) {
    if (!states.consume(state)) {
      throw Rule.STATE.rejected(
          "This login has been used already: the launch cannot be replayed. Open the link again.");
    }
    Person person = people.provision(facts.issuer(), facts.subject(), facts.profile());
    Launch launch =
        new Launch(
            newId(), platform.id(), platform.clientId(), person.id(), facts, clock.instant());
    em.persist(launch);
    recorded.fire(new LaunchRecorded(launch.id(), facts, token));
    return new Recorded(launch.id(), person.id());
  }

  public Optional<LaunchRecord> byId(String launchId) {
    if (launchId == null || launchId.length() > 32) {
      return Optional.empty();
    }
    return EntityReads.find(em, Launch.class, launchId).map(Launch::view);
  }

  /** 16 random bytes, base64url: 22 characters. */
  private static String newId() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
