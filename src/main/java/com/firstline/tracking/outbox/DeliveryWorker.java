package com.firstline.tracking.outbox;

import com.firstline.platform.errors.DatabaseOutage;
import com.firstline.platform.errors.DatabaseUnavailable;
import com.firstline.platform.http.OutboundHttp;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the outboxes' rows: scores to LMS gradebooks and, when an LRS is configured, xAPI
 * statements. Every node runs one: each poll picks due rows of each active {@link Outbox}, claims
 * those whose destination has a free permit, and sends each claimed row on the managed executor.
 * Because the queues are the database, a restart loses nothing: rows in flight when a node stopped
 * are taken over once their claim runs out.
 */
@ApplicationScoped
public class DeliveryWorker {
  private static final Logger LOG = Logger.getLogger(DeliveryWorker.class.getName());

  @Resource ManagedScheduledExecutorService scheduler;
  @Resource ManagedExecutorService executor;

  /** Every kind of outbox: scores for gradebooks, statements for an LRS. */
  @Inject @Any Instance<Outbox> outboxes;

  @Inject DeliverySettings settings;
  @Inject OutboundHttp http;
  @Inject DatabaseOutage outage;

  Clock clock = Clock.systemUTC();

  private final String worker = "node-" + UUID.randomUUID().toString().substring(0, 13);
  private PlatformPermits permits;
  private ScheduledFuture<?> polling;

  void onStart(
      @Observes
          @Priority(Interceptor.Priority.APPLICATION + 900)
          @Initialized(ApplicationScoped.class)
          Object ignored) {
    permits = new PlatformPermits(settings.perPlatformConcurrency());
    long every = settings.pollInterval().toMillis();
    polling = scheduler.scheduleWithFixedDelay(this::poll, every, every, TimeUnit.MILLISECONDS);
    LOG.info(() -> "Delivery worker " + worker + " polls every " + every + " ms");
  }

  @PreDestroy
  void stop() {
    if (polling != null) {
      polling.cancel(false);
    }
  }

  /** One round; a failure is logged and the next round comes anyway. */
  void poll() {
    Instant now = clock.instant();
    for (Outbox outbox : outboxes) {
      try {
        if (outbox.active()) {
          int perDestination = settings.perPlatformConcurrency();
          for (Outbox.Due due : outbox.due(now, perDestination, settings.batchSize())) {
            // Destinations of different kinds never share a permit.
            String destination = outbox.name() + " " + due.destination();
            if (permits.tryAcquire(destination)) {
              claimAndSend(outbox, due.id(), destination, now);
            }
          }
        }
      } catch (RuntimeException e) {
        if (DatabaseUnavailable.isCauseOf(e)) {
          outage.met(e);
        } else {
          LOG.log(Level.WARNING, outbox.name() + " round failed; the next one will try again", e);
        }
      }
    }
  }

  private void claimAndSend(Outbox outbox, long id, String destination, Instant now) {
    boolean handedOver = false;
    try {
      if (outbox.claim(id, worker, now, settings.claim())) {
        // Every call of the send ends before the claim does, so no other node takes the row over
        // while this one may still be writing to the platform.
        Instant sendBy = now.plus(settings.claim()).minus(settings.claimMargin());
        executor.execute(
            () -> {
              try {
                deliver(outbox, id, sendBy);
              } finally {
                permits.release(destination);
              }
            });
        handedOver = true;
      }
    } catch (RejectedExecutionException e) {
      LOG.warning(() -> outbox.name() + " " + id + " not started now: " + e.getMessage());
    } finally {
      if (!handedOver) {
        permits.release(destination);
      }
    }
  }

  private void deliver(Outbox outbox, long id, Instant sendBy) {
    DeliveryAttempt result;
    try {
      Optional<DeliveryAttempt> sent = http.withDeadline(sendBy, () -> outbox.send(id, worker));
      if (sent.isEmpty()) {
        return;
      }
      result = sent.get();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, outbox.name() + " " + id + " failed inside Firstline", e);
      result =
          new DeliveryAttempt(
              DeliveryAttempt.Kind.TEMPORARY,
              0,
              "Firstline could not send it: " + e.getClass().getSimpleName(),
              Optional.empty());
    }
    DeliveryAttempt outcome = result;
    if (!outbox.record(id, worker, outcome, settings, clock.instant())) {
      LOG.warning(() -> outbox.name() + " " + id + ": claim lost before the result was recorded");
    } else if (outcome.kind() != DeliveryAttempt.Kind.DELIVERED) {
      LOG.info(() -> outbox.name() + " " + id + " not delivered: " + outcome.reason());
    }
  }
}
