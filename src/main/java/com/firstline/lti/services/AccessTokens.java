package com.firstline.lti.services;

import com.firstline.lti.FormEncoding;
import com.firstline.lti.keys.ToolKeys;
import com.firstline.lti.registration.RegisteredPlatform;
import com.firstline.platform.http.OutboundHttp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Access tokens for a platform's services, by the client-credentials grant with a signed client
 * assertion. A token is cached per (registration, token URL, client_id, scope set) until shortly
 * before it expires; {@link #forget} drops one the platform refused (a 401), so the next call gets
 * a fresh one. Tokens are never logged.
 */
@ApplicationScoped
public class AccessTokens {
  private static final Logger LOG = Logger.getLogger(AccessTokens.class.getName());
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Duration DEFAULT_LIFETIME = Duration.ofHours(1);
  private static final Duration MARGIN = Duration.ofSeconds(60);

  @Inject ToolKeys keys;
  @Inject OutboundHttp http;

  Clock clock = Clock.systemUTC();

  private final Map<Key, Cached> cache = new ConcurrentHashMap<>();
  private final Map<Key, Object> locks = new ConcurrentHashMap<>();

  /** What a token is for; a registration whose addresses change gets new tokens. */
  private record Key(long registrationId, String tokenUrl, String clientId, String scopes) {}

  private record Cached(String token, Instant refreshAfter) {}

  public String token(RegisteredPlatform platform, Collection<String> scopes) {
    Key key = key(platform, scopes);
    Cached cached = cache.get(key);
    if (cached != null && clock.instant().isBefore(cached.refreshAfter())) {
      return cached.token();
    }
    // One request per key at a time: several deliveries waking together share one new token.
    synchronized (locks.computeIfAbsent(key, k -> new Object())) {
      cached = cache.get(key);
      if (cached != null && clock.instant().isBefore(cached.refreshAfter())) {
        return cached.token();
      }
      Cached fresh = request(platform, key.scopes());
      cache.put(key, fresh);
      return fresh.token();
    }
  }

  /** Drops a token the platform no longer accepts. */
  public void forget(RegisteredPlatform platform, Collection<String> scopes) {
    cache.remove(key(platform, scopes));
  }

  private Cached request(RegisteredPlatform platform, String scope) {
    Instant now = clock.instant();
    String assertion =
        ClientAssertion.sign(keys.signingKey(), platform.clientId(), platform.tokenAudience(), now);
    String form =
        FormEncoding.of(
            Map.of(
                "grant_type",
                "client_credentials",
                "client_assertion_type",
                ClientAssertion.TYPE,
                "client_assertion",
                assertion,
                "scope",
                scope));
    String call = "POST token request to " + platform.tokenUrl();
    OutboundHttp.Answer answer =
        PlatformCallFailed.send(
            http,
            platform.tokenUrl(),
            call,
            request ->
                request
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(form)));
    if (!answer.ok()) {
      throw PlatformCallFailed.answered(call, answer);
    }
    try {
      JsonNode body = JSON.readTree(answer.body());
      String token = body.path("access_token").asString("");
      if (token.isBlank()) {
        throw PlatformCallFailed.unexpected(call, "the answer has no access_token");
      }
      long seconds = body.path("expires_in").asLong(DEFAULT_LIFETIME.toSeconds());
      Duration life = Duration.ofSeconds(Math.max(seconds, 1));
      // Renew a minute early, or halfway through for very short-lived tokens.
      Duration margin = life.compareTo(MARGIN.multipliedBy(2)) > 0 ? MARGIN : life.dividedBy(2);
      LOG.fine(() -> "Access token for " + platform.issuer() + " (" + scope + ") for " + life);
      return new Cached(token, now.plus(life).minus(margin));
    } catch (JacksonException e) {
      throw PlatformCallFailed.unexpected(call, "the answer is not JSON");
    }
  }

  private static Key key(RegisteredPlatform platform, Collection<String> scopes) {
    return new Key(
        platform.id(),
        platform.tokenUrl(),
        platform.clientId(),
        String.join(" ", new TreeSet<>(scopes)));
  }
}
