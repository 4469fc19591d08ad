package com.firstline.tracking.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The {@code tracking.*} settings of score delivery; each is documented in the README. */
@ApplicationScoped
public class DeliverySettings {
  @Inject
  @ConfigProperty(name = "tracking.poll-interval-millis", defaultValue = "5000")
  long pollIntervalMillis;

  @Inject
  @ConfigProperty(name = "tracking.max-attempts", defaultValue = "12")
  int maxAttempts;

  @Inject
  @ConfigProperty(name = "tracking.backoff-base-millis", defaultValue = "10000")
  long backoffBaseMillis;

  @Inject
  @ConfigProperty(name = "tracking.backoff-max-seconds", defaultValue = "3600")
  long backoffMaxSeconds;

  @Inject
  @ConfigProperty(name = "tracking.claim-seconds", defaultValue = "300")
  long claimSeconds;

  @Inject
  @ConfigProperty(name = "tracking.per-platform-concurrency", defaultValue = "4")
  int perPlatformConcurrency;

  @Inject
  @ConfigProperty(name = "tracking.batch-size", defaultValue = "50")
  int batchSize;

  public Duration pollInterval() {
    return Duration.ofMillis(Math.max(pollIntervalMillis, 50));
  }

  public int maxAttempts() {
    return Math.max(maxAttempts, 1);
  }

  public Backoff backoff() {
    return new Backoff(
        Duration.ofMillis(Math.max(backoffBaseMillis, 1)), Duration.ofSeconds(backoffMaxSeconds));
  }

  /** How long a claim holds; a delivery's calls all end {@link #claimMargin} before it does. */
  public Duration claim() {
    return Duration.ofSeconds(Math.max(claimSeconds, 30));
  }

  /** Time kept at the end of a claim to record the result before the claim runs out. */
  public Duration claimMargin() {
    return claim().dividedBy(10).compareTo(Duration.ofSeconds(3)) > 0
        ? claim().dividedBy(10)
        : Duration.ofSeconds(3);
  }

  public int perPlatformConcurrency() {
    return Math.max(perPlatformConcurrency, 1);
  }

  public int batchSize() {
    return Math.max(batchSize, 1);
  }
}
