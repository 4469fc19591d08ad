package com.firstline.tracking.xapi;

import com.firstline.lti.services.PlatformCallFailed;
import com.firstline.platform.http.OutboundHttp;
import com.firstline.tracking.outbox.DeliveryAttempt;
import com.firstline.tracking.outbox.DeliverySettings;
import com.firstline.tracking.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The outbox of xAPI statements for the LRS, as the worker sends them: one statement per row,
 * posted as an array of one so that an LRS's 409 for a known id speaks of that statement alone.
 * Active only while an LRS is configured; rows written earlier wait until it is again. Which rows
 * are due is {@link XapiClaims}'s.
 *
 * <p>Posts statements to the LRS (xAPI 1.0.3, {@code POST statements} with a JSON array), over the
 * same HTTP client, timeouts and failure rules as calls to platforms: timeouts, 5xx and 429 are
 * worth another try, honouring Retry-After. An LRS answers 409 for a statement id it already has:
 * it was stored by an earlier try whose answer was lost, so that counts as delivered. 401 and 403
 * are retried too: credentials are fixed in the configuration, and the records should survive it.
 */
@ApplicationScoped
public class StatementSender implements Outbox {
  static final String VERSION = "1.0.3";

  @Inject OutboundHttp http;
  @Inject XapiSettings settings;
  @Inject XapiClaims claims;

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
    return claims.claimed(id, worker).map(statement -> post("[" + statement + "]"));
  }

  @Override
  public boolean record(
      long id,
      String worker,
      DeliveryAttempt result,
      DeliverySettings outboxSettings,
      Instant now) {
    return claims.record(id, worker, result, outboxSettings, now);
  }

  DeliveryAttempt post(String statementsJsonArray) {
    String url = settings.statementsUrl();
    String call = "POST statements to " + url;
    try {
      OutboundHttp.Answer answer =
          PlatformCallFailed.send(
              http,
              url,
              call,
              request -> {
                request
                    .header("X-Experience-API-Version", VERSION)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(statementsJsonArray));
                settings.authorization().ifPresent(value -> request.header("Authorization", value));
                return request;
              });
      if (answer.ok() || answer.status() == 409) {
        return new DeliveryAttempt(
            DeliveryAttempt.Kind.DELIVERED, answer.status(), null, Optional.empty());
      }
      DeliveryAttempt failed = DeliveryAttempt.of(PlatformCallFailed.answered(call, answer));
      if (answer.status() == 401 || answer.status() == 403) {
        return new DeliveryAttempt(
            DeliveryAttempt.Kind.TEMPORARY,
            failed.httpStatus(),
            failed.reason() + " (check tracking.xapi.username and password)",
            Optional.empty());
      }
      return failed;
    } catch (PlatformCallFailed failed) {
      return DeliveryAttempt.of(failed);
    }
  }
}
