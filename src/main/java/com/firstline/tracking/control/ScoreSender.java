package com.firstline.tracking.control;

import com.firstline.lti.registration.RegisteredPlatform;
import com.firstline.lti.registration.Registrations;
import com.firstline.lti.services.AgsClient;
import com.firstline.lti.services.PlatformCallFailed;
import com.firstline.lti.services.Score;
import com.firstline.tracking.entity.ScoreSnapshot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sends one claimed score: finds the registration, finds or creates the module's line item when the
 * launch only gave a container, and posts the score. Says how it went; never throws for a
 * platform's failure.
 */
@ApplicationScoped
public class ScoreSender {
  private final Map<String, Object> lineItemLocks = new ConcurrentHashMap<>();

  @Inject Registrations registrations;
  @Inject AgsClient ags;
  @Inject DeliveryClaims claims;

  Clock clock = Clock.systemUTC();

  public DeliveryAttempt send(long deliveryId, String worker, ScoreSnapshot score) {
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
        // One find-or-create at a time per course and module on this node: two deliveries for the
        // same module sent side by side would otherwise each create a gradebook column.
        synchronized (lineItemLock(score.lineItemsUrl(), score.moduleId())) {
          lineItem =
              ags.findOrCreate(
                  platform,
                  score.lineItemsUrl(),
                  new AgsClient.LineItemSpec(
                      score.moduleId(), score.moduleTitle(), score.scoreMaximum()));
        }
        claims.useLineItem(deliveryId, worker, lineItem, clock.instant());
      }
      ags.postScore(
          platform,
          lineItem,
          new Score(
              score.userId(),
              score.scoreGiven(),
              score.scoreMaximum(),
              score.comment(),
              score.completedAt()));
      return DeliveryAttempt.delivered();
    } catch (PlatformCallFailed failed) {
      return DeliveryAttempt.of(failed);
    }
  }

  private Object lineItemLock(String lineItemsUrl, String moduleId) {
    return lineItemLocks.computeIfAbsent(lineItemsUrl + " " + moduleId, key -> new Object());
  }
}
