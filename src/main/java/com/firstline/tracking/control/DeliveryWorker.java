package com.firstline.tracking.control;

import com.firstline.tracking.entity.ScoreSnapshot;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
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
 * Sends the outbox's scores. Every node runs one: each poll picks due rows, claims those whose
 * platform has a free permit, and sends each claimed row on the managed executor. Because the queue
 * is the database, a restart loses nothing: rows in flight when a node stopped are taken over once
 * their claim runs out.
 */
@ApplicationScoped
public class DeliveryWorker {
  private static final Logger LOG = Logger.getLogger(DeliveryWorker.class.getName());

  @Resource ManagedScheduledExecutorService scheduler;
  @Resource ManagedExecutorService executor;

  @Inject DeliveryClaims claims;
  @Inject ScoreSender sender;
  @Inject DeliverySettings settings;

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
    LOG.info(() -> "Score delivery worker " + worker + " polls every " + every + " ms");
  }

  @PreDestroy
  void stop() {
    if (polling != null) {
      polling.cancel(false);
    }
  }

  /** One round; a failure is logged and the next round comes anyway. */
  void poll() {
    try {
      Instant now = clock.instant();
      for (DeliveryClaims.Due due : claims.due(now, settings.batchSize())) {
        if (permits.tryAcquire(due.platform())) {
          claimAndSend(due, now);
        }
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Score delivery round failed; the next one will try again", e);
    }
  }

  private void claimAndSend(DeliveryClaims.Due due, Instant now) {
    boolean handedOver = false;
    try {
      if (claims.claim(due.id(), worker, now, settings.claim())) {
        executor.execute(
            () -> {
              try {
                deliver(due.id());
              } finally {
                permits.release(due.platform());
              }
            });
        handedOver = true;
      }
    } catch (RejectedExecutionException e) {
      LOG.warning(() -> "Delivery " + due.id() + " not started now: " + e.getMessage());
    } finally {
      if (!handedOver) {
        permits.release(due.platform());
      }
    }
  }

  private void deliver(long id) {
    Optional<ScoreSnapshot> score = claims.claimed(id, worker);
    if (score.isEmpty()) {
      return;
    }
    DeliveryAttempt result;
    try {
      result = sender.send(id, worker, score.get());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Delivery " + id + " failed inside Firstline", e);
      result =
          new DeliveryAttempt(
              DeliveryAttempt.Kind.TEMPORARY,
              0,
              "Firstline could not send it: " + e.getClass().getSimpleName(),
              Optional.empty());
    }
    DeliveryAttempt outcome = result;
    if (!claims.record(id, worker, outcome, settings, clock.instant())) {
      LOG.warning(() -> "Delivery " + id + ": claim lost before the result was recorded");
    } else if (outcome.kind() != DeliveryAttempt.Kind.DELIVERED) {
      LOG.info(() -> "Delivery " + id + " not delivered: " + outcome.reason());
    }
  }
}
