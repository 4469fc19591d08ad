package com.firstline.lti.deeplinking;

import com.firstline.lti.launch.LaunchRecorded;
import com.firstline.platform.db.EntityReads;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** The deep-linking requests of launches: kept with the launch, read and used up by the answer. */
@ApplicationScoped
// Reads run in a transaction too: on Liberty, an entity manager used outside one fails to release
// its connection cleanly when the request ends (J2CA0026E in the log).
@Transactional
public class DeepLinkingRequests {
  /** How long a trainer may take to choose: a content picker is not left open for longer. */
  static final Duration LIFETIME = Duration.ofHours(1);

  @PersistenceContext(unitName = "firstline")
  EntityManager em;

  Clock clock = Clock.systemUTC();

  /** In the launch's own transaction, so the launch and its settings are written together. */
  void keep(@Observes LaunchRecorded launch) {
    if (launch.facts().isDeepLinking()) {
      em.persist(
          new DeepLinkingRequest(
              launch.launchId(), DeepLinkingSettings.of(launch.token()), clock.instant()));
    }
  }

  /** The settings of the launch's request while it is neither answered nor too old. */
  public Optional<DeepLinkingSettings> waiting(String launchId) {
    if (launchId == null || launchId.length() > 32) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    return EntityReads.find(em, DeepLinkingRequest.class, launchId)
        .filter(r -> r.isWaiting(now))
        .map(DeepLinkingRequest::settings);
  }

  /**
   * Marks the request answered; false when another answer came first. One conditional UPDATE, so
   * two submissions racing (a double click, two nodes) cannot both produce a signed answer.
   */
  public boolean answer(String launchId) {
    Instant now = clock.instant();
    return em.createQuery(
                "UPDATE LtiDeepLinkingRequest r SET r.answeredAt = :now"
                    + " WHERE r.launchId = :launchId AND r.answeredAt IS NULL"
                    + " AND r.createdAt > :oldest")
            .setParameter("now", now)
            .setParameter("launchId", launchId)
            .setParameter("oldest", now.minus(LIFETIME))
            .executeUpdate()
        == 1;
  }
}
