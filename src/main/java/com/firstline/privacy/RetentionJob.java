package com.firstline.privacy;

import com.firstline.platform.errors.DatabaseOutage;
import com.firstline.platform.errors.DatabaseUnavailable;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Deletes attempts and launches older than {@code privacy.retention-days} on every node, every
 * {@code privacy.retention-interval-seconds}; off while the setting is 0 (the default). Nodes need
 * no coordination: see {@link RetentionStore}.
 */
@ApplicationScoped
public class RetentionJob {
  private static final Logger LOG = Logger.getLogger(RetentionJob.class.getName());

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject RetentionStore store;
  @Inject DatabaseOutage outage;

  @Inject
  @ConfigProperty(name = "privacy.retention-days", defaultValue = "0")
  int days;

  @Inject
  @ConfigProperty(name = "privacy.retention-interval-seconds", defaultValue = "3600")
  long intervalSeconds;

  @Inject
  @ConfigProperty(name = "privacy.retention-batch-size", defaultValue = "500")
  int batchSize;

  Clock clock = Clock.systemUTC();

  private RetentionPolicy policy;
  private ScheduledFuture<?> rounds;

  @PostConstruct
  void configure() {
    policy = new RetentionPolicy(days, Duration.ofSeconds(intervalSeconds), batchSize);
  }

  void onStart(
      @Observes
          @Priority(Interceptor.Priority.APPLICATION + 910)
          @Initialized(ApplicationScoped.class)
          Object ignored) {
    if (!policy.active()) {
      LOG.info("Retention is off (privacy.retention-days = 0): attempts and launches are kept");
      return;
    }
    long every = policy.interval().toMillis();
    rounds = scheduler.scheduleWithFixedDelay(this::round, every, every, TimeUnit.MILLISECONDS);
    LOG.info(
        () ->
            "Retention deletes attempts and launches older than "
                + policy.days()
                + " days, every "
                + policy.interval().toSeconds()
                + " s");
  }

  @PreDestroy
  void stop() {
    if (rounds != null) {
      rounds.cancel(false);
    }
  }

  /** One round; a failure is logged and the next round tries again. */
  void round() {
    try {
      Instant cutoff = policy.cutoff(clock.instant()).orElseThrow();
      int attempts = deleteInBatches(cutoff, store::deleteAttemptsBefore);
      int launches = deleteInBatches(cutoff, store::deleteLaunchesBefore);
      if (attempts + launches > 0) {
        LOG.info(
            () ->
                "Retention deleted "
                    + attempts
                    + " attempts and "
                    + launches
                    + " launches from before "
                    + cutoff);
      }
    } catch (RuntimeException e) {
      if (DatabaseUnavailable.isCauseOf(e)) {
        outage.met(e);
      } else {
        LOG.log(Level.WARNING, "Retention round failed; the next one will try again", e);
      }
    }
  }

  private int deleteInBatches(Instant cutoff, BiFunction<Instant, Integer, Integer> batch) {
    int total = 0;
    int batches = 0;
    int last;
    do {
      last = batch.apply(cutoff, policy.batchSize());
      total += last;
      batches++;
    } while (policy.anotherBatch(last, batches));
    return total;
  }
}
