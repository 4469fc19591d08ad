package com.firstline.tracking.control;

import com.firstline.tracking.entity.ScoreSnapshot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Final scores for LMS gradebooks (AGS), as the worker sends them: always active. */
@ApplicationScoped
public class ScoreQueue implements Outbox {
  @Inject DeliveryClaims claims;
  @Inject ScoreSender sender;

  @Override
  public String name() {
    return "Score delivery";
  }

  @Override
  public boolean active() {
    return true;
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
    Optional<ScoreSnapshot> score = claims.claimed(id, worker);
    return score.map(s -> sender.send(id, worker, s));
  }

  @Override
  public boolean record(
      long id, String worker, DeliveryAttempt result, DeliverySettings settings, Instant now) {
    return claims.record(id, worker, result, settings, now);
  }
}
