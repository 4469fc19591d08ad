package com.firstline.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.firstline.testing.Deployments;
import com.firstline.tracking.grades.LineItemClaims;
import com.firstline.tracking.outbox.DeliveryWorker;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two nodes that need the same gradebook column at once: exactly one finds or creates it, the other
 * waits and then reads its URL; a node that died holding the claim hands it on.
 */
@ExtendWith(ArquillianExtension.class)
class LineItemClaimsIT {
  private static final Duration LEASE = Duration.ofMinutes(5);

  @Deployment
  static WebArchive deployment() {
    return Deployments.withFeatures(
            "line-item-it",
            "com.firstline.tracking",
            "com.firstline.lti",
            "com.firstline.player",
            "com.firstline.scenario")
        .deleteClass(DeliveryWorker.class);
  }

  @Inject LineItemClaims claims;
  @Resource ManagedExecutorService executor;

  @Test
  void ofTwoNodesNeedingOneColumnExactlyOneCreatesItAndTheOtherReadsIt() throws Exception {
    for (int i = 0; i < 5; i++) {
      String container = "https://lms.example/ags/" + UUID.randomUUID() + "/lineitems";
      Instant now = Instant.now();
      CountDownLatch go = new CountDownLatch(1);
      Future<Boolean> a =
          executor.submit(
              () -> {
                go.await();
                return claims.claim(container, "trust", "node-a", now, LEASE);
              });
      Future<Boolean> b =
          executor.submit(
              () -> {
                go.await();
                return claims.claim(container, "trust", "node-b", now, LEASE);
              });
      go.countDown();
      List<Boolean> won = List.of(a.get(), b.get());
      assertEquals(1, won.stream().filter(Boolean::booleanValue).count(), won.toString());
      assertTrue(claims.known(container, "trust").isEmpty(), "not known until it is recorded");

      claims.found(container, "trust", container + "/7", now);
      assertEquals(container + "/7", claims.known(container, "trust").orElseThrow());
      assertFalse(
          claims.claim(container, "trust", "node-c", now.plus(LEASE).plusSeconds(1), LEASE),
          "a known column is never claimed again");
    }
  }

  @Test
  void aClaimThatRanOutIsTakenOver() {
    String container = "https://lms.example/ags/" + UUID.randomUUID() + "/lineitems";
    Instant now = Instant.now();
    assertTrue(claims.claim(container, "fair", "node-a", now, LEASE));
    assertFalse(claims.claim(container, "fair", "node-b", now.plusSeconds(60), LEASE));
    assertTrue(claims.claim(container, "fair", "node-b", now.plus(LEASE).plusSeconds(1), LEASE));
  }
}
