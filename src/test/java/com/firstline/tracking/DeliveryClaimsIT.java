package com.firstline.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.firstline.testing.Deployments;
import com.firstline.tracking.grades.DeliveryClaims;
import com.firstline.tracking.outbox.DeliveryAttempt;
import com.firstline.tracking.outbox.DeliverySettings;
import com.firstline.tracking.outbox.DeliveryStatus;
import com.firstline.tracking.outbox.DeliveryWorker;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside the container, against the real database: how worker nodes share the outbox. The
 * deployment leaves the worker out, so these rows are claimed only by the "nodes" the tests play.
 */
@ExtendWith(ArquillianExtension.class)
class DeliveryClaimsIT {
  private static final Duration LEASE = Duration.ofMinutes(5);

  @Deployment
  static WebArchive deployment() {
    return Deployments.withFeatures(
            "tracking-it",
            "com.firstline.tracking",
            "com.firstline.lti",
            "com.firstline.player",
            "com.firstline.scenario")
        .deleteClass(DeliveryWorker.class);
  }

  @Inject OutboxRows rows;
  @Inject DeliveryClaims claims;
  @Inject DeliverySettings settings;

  @Test
  void ofTwoNodesRacingForARowExactlyOneGetsIt() throws Exception {
    Instant now = OutboxRows.FAR_FUTURE.plusSeconds(1);
    for (int i = 0; i < 10; i++) {
      long id = rows.newRow();
      List<Boolean> won = rows.race(id, now, LEASE);
      assertEquals(1, won.stream().filter(Boolean::booleanValue).count(), "row " + id + ": " + won);
      String winner = won.get(0) ? "node-a" : "node-b";
      String loser = won.get(0) ? "node-b" : "node-a";
      assertTrue(claims.claimed(id, winner).isPresent());
      assertTrue(claims.claimed(id, loser).isEmpty());
    }
  }

  @Test
  void anExpiredClaimIsTakenOverAndTheFirstNodesLateResultIsDropped() {
    long id = rows.newRow();
    Instant t = OutboxRows.FAR_FUTURE.plusSeconds(1);
    assertTrue(claims.claim(id, "node-a", t, LEASE));
    assertFalse(claims.claim(id, "node-b", t.plusSeconds(60), LEASE), "claim still held");

    // node-a hangs past its lease (or its server died): node-b takes the row over.
    assertTrue(claims.claim(id, "node-b", t.plus(LEASE).plusSeconds(1), LEASE));
    assertFalse(
        claims.record(id, "node-a", DeliveryAttempt.delivered(200), settings, t.plus(LEASE)),
        "a lost claim records nothing");
    assertTrue(
        claims.record(
            id, "node-b", DeliveryAttempt.delivered(200), settings, t.plus(LEASE).plusSeconds(2)));
    assertEquals(DeliveryStatus.DELIVERED, rows.status(id));
    assertFalse(
        claims.claim(id, "node-c", t.plus(Duration.ofDays(1)), LEASE),
        "a delivered score is never claimed again");
  }

  @Test
  void aNodeStartedAfterARestartPicksUpARetryWhenItIsDue() {
    long id = rows.newRow();
    Instant t = OutboxRows.FAR_FUTURE.plusSeconds(1);
    assertTrue(claims.claim(id, "node-before-restart", t, LEASE));
    DeliveryAttempt outage =
        new DeliveryAttempt(DeliveryAttempt.Kind.TEMPORARY, 503, "HTTP 503", Optional.empty());
    assertTrue(claims.record(id, "node-before-restart", outage, settings, t));
    assertEquals(DeliveryStatus.PENDING, rows.status(id));

    assertFalse(claims.claim(id, "node-after-restart", t, LEASE), "not due yet: backing off");
    Instant later = t.plus(settings.backoff().max()).plusSeconds(1);
    assertTrue(claims.claim(id, "node-after-restart", later, LEASE));
    assertTrue(claims.claimed(id, "node-after-restart").isPresent());
  }
}
