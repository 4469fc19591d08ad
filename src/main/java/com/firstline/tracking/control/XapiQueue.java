package com.firstline.tracking.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * xAPI statements for the LRS, as the worker sends them: one statement per row, posted as an array
 * of one so that an LRS's 409 for a known id speaks of that statement alone. Active only while an
 * LRS is configured; rows written earlier wait until it is again.
 */
@ApplicationScoped
public class XapiQueue implements Outbox {
  @Inject XapiClaims claims;
  @Inject LrsClient lrs;
  @Inject XapiSettings settings;

  @Override
  public String name() {
    return "xAPI statement";
  }

  @Override
  public boolean active() {
    return settings.enabled();
  }

  @Override
  public List<Due> due(Instant now, int perDestination, int limit) {
    return claims.due(now, perDestination, limit);
  }

  @Override
  public boolean claim(long id, String worker, Instant now, Duration lease) {
    return claims.claim(id, worker, now, lease);
  }

  @Override
  public Optional<DeliveryAttempt> send(long id, String worker) {
    return claims.claimed(id, worker).map(statement -> lrs.post("[" + statement + "]"));
  }

  @Override
  public boolean record(
      long id, String worker, DeliveryAttempt result, DeliverySettings settings, Instant now) {
    return claims.record(id, worker, result, settings, now);
  }
}
