package com.firstline.tracking.grades;

import com.firstline.lti.registration.RegisteredPlatform;
import com.firstline.lti.registration.Registrations;
import com.firstline.lti.services.AgsClient;
import com.firstline.lti.services.PlatformCallFailed;
import com.firstline.lti.services.Score;
import com.firstline.tracking.outbox.DeliveryAttempt;
import com.firstline.tracking.outbox.DeliverySettings;
import com.firstline.tracking.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The outbox of final scores for LMS gradebooks (AGS), as the worker sends them; always active.
 * Sending one claimed score finds the registration, finds or creates the module's line item when
 * the launch only gave a container (once across all nodes, see {@link LineItemClaims}), and posts
 * the score. Says how it went; never throws for a platform's failure. Which scores are due, and in
 * what order, is {@link DeliveryClaims}'s.
 */
@ApplicationScoped
public class ScoreSender implements Outbox {
  /** How soon a score waiting for another node to create its column is tried again. */
  private static final Duration COLUMN_WAIT = Duration.ofSeconds(2);

  @Inject Registrations registrations;
  @Inject AgsClient ags;
  @Inject DeliveryClaims claims;
  @Inject LineItemClaims lineItems;
  @Inject DeliverySettings settings;

  Clock clock = Clock.systemUTC();

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
    return claims.claimed(id, worker).map(score -> send(id, worker, score));
  }

  @Override
  public boolean record(
      long id, String worker, DeliveryAttempt result, DeliverySettings settings, Instant now) {
    return claims.record(id, worker, result, settings, now);
  }

  private DeliveryAttempt send(long deliveryId, String worker, ScoreSnapshot score) {
    RegisteredPlatform platform =
        score.registrationId() == null
            ? null
            : registrations.byId(score.registrationId()).orElse(null);
    if (platform == null) {
      return DeliveryAttempt.refused(
          "The platform's registration was deleted: Firstline can no longer get a token from "
              + score.issuer()
              + ".");
    }
    try {
      String lineItem = score.lineItemUrl();
      if (lineItem == null || lineItem.isBlank()) {
        Optional<String> column = column(platform, worker, score);
        if (column.isEmpty()) {
          return new DeliveryAttempt(
              DeliveryAttempt.Kind.TEMPORARY,
              0,
              "Waiting for the module's gradebook column, which another node is creating.",
              Optional.of(COLUMN_WAIT));
        }
        lineItem = column.get();
        claims.useLineItem(deliveryId, worker, lineItem, clock.instant());
      }
      int status =
          ags.postScore(
              platform,
              lineItem,
              new Score(
                  score.userId(),
                  score.scoreGiven(),
                  score.scoreMaximum(),
                  score.comment(),
                  score.completedAt()));
      return DeliveryAttempt.delivered(status);
    } catch (PlatformCallFailed failed) {
      return DeliveryAttempt.of(failed);
    }
  }

  /** The module's column in the course; empty while another node is finding or creating it. */
  private Optional<String> column(RegisteredPlatform platform, String worker, ScoreSnapshot score) {
    Optional<String> known = lineItems.known(score.lineItemsUrl(), score.moduleId());
    if (known.isPresent()) {
      return known;
    }
    if (!lineItems.claim(
        score.lineItemsUrl(), score.moduleId(), worker, clock.instant(), settings.claim())) {
      return Optional.empty();
    }
    String url =
        ags.findOrCreate(
            platform,
            score.lineItemsUrl(),
            new AgsClient.LineItemSpec(
                score.moduleId(), score.moduleTitle(), score.scoreMaximum()));
    lineItems.found(score.lineItemsUrl(), score.moduleId(), url, clock.instant());
    return Optional.of(url);
  }
}
