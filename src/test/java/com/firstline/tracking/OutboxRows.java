package com.firstline.tracking;

import com.firstline.platform.identity.People;
import com.firstline.platform.identity.Person;
import com.firstline.tracking.grades.Delivery;
import com.firstline.tracking.grades.DeliveryClaims;
import com.firstline.tracking.grades.ScoreSnapshot;
import com.firstline.tracking.outbox.DeliveryStatus;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * In-container helper: outbox rows due only in the far future (so the real server's worker leaves
 * them alone), and two "nodes" claiming one row at the same instant on managed threads.
 */
@ApplicationScoped
public class OutboxRows {
  /**
   * Later than any real clock in these tests (and before TIMESTAMP ends in 2038): only claims made
   * "then" can take these rows.
   */
  public static final Instant FAR_FUTURE = Instant.parse("2037-06-01T00:00:00Z");

  @PersistenceContext(unitName = "firstline")
  EntityManager em;

  @Inject People people;
  @Inject DeliveryClaims claims;

  @Resource ManagedExecutorService executor;

  @Transactional
  public long newRow() {
    Person person =
        people.provision(
            "urn:firstline:tracking-it",
            UUID.randomUUID().toString(),
            new Person.Profile(null, null, null, null));
    Number version =
        (Number) em.createNativeQuery("SELECT MIN(id) FROM module_version").getSingleResult();
    em.createNativeQuery(
            "INSERT INTO attempt (person_id, module_id, module_version_id, status, current_node,"
                + " step_count, variables_json, choice_score_sum, started_at, updated_at)"
                + " VALUES (?1, 'it-module', ?2, 'COMPLETED', 'end', 1, '{}', 0, ?3, ?3)")
        .setParameter(1, person.id())
        .setParameter(2, version.longValue())
        .setParameter(3, Instant.now())
        .executeUpdate();
    Number attemptId = (Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult();
    Delivery delivery =
        Delivery.of(
            new ScoreSnapshot(
                attemptId.longValue(),
                person.id(),
                "it-module",
                "IT module",
                "it-launch",
                null,
                "urn:firstline:tracking-it",
                "it-course",
                "user-" + person.id(),
                "it-grade-" + attemptId,
                "http://localhost:1/lineitems/1",
                null,
                "",
                5,
                10,
                "BEST",
                "Done",
                Instant.now()),
            Instant.now());
    em.persist(delivery);
    em.flush();
    em.createQuery("UPDATE TrackingDelivery d SET d.nextTryAt = :far WHERE d.id = :id")
        .setParameter("far", FAR_FUTURE)
        .setParameter("id", delivery.id())
        .executeUpdate();
    return delivery.id();
  }

  @Transactional
  public DeliveryStatus status(long id) {
    return em.find(Delivery.class, id).status();
  }

  /** Two nodes claim the row at the same moment; answers who got it. */
  public List<Boolean> race(long id, Instant now, Duration lease)
      throws InterruptedException, ExecutionException {
    CountDownLatch start = new CountDownLatch(1);
    Future<Boolean> a =
        executor.submit(
            () -> {
              start.await();
              return claims.claim(id, "node-a", now, lease);
            });
    Future<Boolean> b =
        executor.submit(
            () -> {
              start.await();
              return claims.claim(id, "node-b", now, lease);
            });
    start.countDown();
    return List.of(a.get(), b.get());
  }
}
