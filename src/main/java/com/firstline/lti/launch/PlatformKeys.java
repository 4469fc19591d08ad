package com.firstline.lti.launch;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import java.io.IOException;
import java.net.URI;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * The platforms' public keys, fetched from their JWKS URLs and cached for a while, so a launch does
 * not cost a request to the platform. A kid not in the cached set is fetched for once more: that is
 * how a platform's key rotation is noticed without waiting for the cache to expire. Pure logic
 * around a {@link Fetcher}; thread-safe.
 */
public final class PlatformKeys {
  private static final Logger LOG = Logger.getLogger(PlatformKeys.class.getName());

  /** Reads a JWKS document. */
  @FunctionalInterface
  public interface Fetcher {
    String fetch(URI jwksUrl) throws IOException;
  }

  private record Cached(JWKSet keys, Instant fetchedAt) {}

  private final Fetcher fetcher;
  private final Clock clock;
  private final Duration timeToLive;
  private final Map<URI, Cached> cache = new ConcurrentHashMap<>();

  public PlatformKeys(Fetcher fetcher, Clock clock, Duration timeToLive) {
    this.fetcher = fetcher;
    this.clock = clock;
    this.timeToLive = timeToLive;
  }

  /**
   * The key with this kid, fetching the set when the cache is stale or lacks the kid. Empty when
   * the platform does not publish it even after fetching again.
   */
  public Optional<JWK> key(URI jwksUrl, String kid) {
    Cached cached = cache.get(jwksUrl);
    if (cached != null && isFresh(cached)) {
      JWK known = cached.keys().getKeyByKeyId(kid);
      if (known != null) {
        return Optional.of(known);
      }
    }
    return Optional.ofNullable(refresh(jwksUrl, cached).getKeyByKeyId(kid));
  }

  private boolean isFresh(Cached cached) {
    return clock.instant().isBefore(cached.fetchedAt().plus(timeToLive));
  }

  private JWKSet refresh(URI jwksUrl, Cached stale) {
    try {
      JWKSet fetched = JWKSet.parse(fetcher.fetch(jwksUrl));
      cache.put(jwksUrl, new Cached(fetched, clock.instant()));
      return fetched;
    } catch (IOException | ParseException e) {
      if (stale != null) {
        // The platform is briefly unreachable: the keys it published before are still its keys.
        LOG.warning(() -> "Using cached keys; cannot refresh " + jwksUrl + ": " + e.getMessage());
        return stale.keys();
      }
      throw Rule.PLATFORM_KEYS.rejected(
          "The platform's keys could not be read from "
              + jwksUrl
              + " ("
              + e.getMessage()
              + "), so the id_token cannot be verified.");
    }
  }
}
