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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * The platforms' public keys, fetched from their JWKS URLs and cached for a while, so a launch does
 * not cost a request to the platform. A kid not in the cached set is fetched for once more: that is
 * how a platform's key rotation is noticed without waiting for the cache to expire.
 *
 * <p>Two limits keep tokens with made-up kids from turning us into a client that hammers the
 * platform's JWKS URL:
 *
 * <ul>
 *   <li>One fetch at a time per URL: callers that need the set while it is being fetched wait for
 *       that fetch and share its result (or its failure).
 *   <li>A fetch that was made for a kid and did not contain it tells us what the platform publishes
 *       right now. For the unknown-kid cool-down after such a fetch, other kids missing from that
 *       set are answered as unknown without fetching again. A kid the fetch did contain is found at
 *       once, and a fetch that found its kid starts no cool-down, so a rotated key is still picked
 *       up on its first launch, unless a kid nobody publishes was asked for just before: then it is
 *       picked up when that cool-down ends. A stale set is always fetched again.
 * </ul>
 *
 * Pure logic around a {@link Fetcher}; thread-safe.
 */
public final class PlatformKeys {
  private static final Logger LOG = Logger.getLogger(PlatformKeys.class.getName());

  /** Reads a JWKS document. */
  @FunctionalInterface
  public interface Fetcher {
    String fetch(URI jwksUrl) throws IOException;
  }

  /**
   * A fetched set, when it was fetched, and whether that fetch was made for a kid it lacked (which
   * starts the unknown-kid cool-down).
   */
  private record Cached(JWKSet keys, Instant fetchedAt, boolean lackedTheKidAsked) {}

  private final Fetcher fetcher;
  private final Clock clock;
  private final Duration timeToLive;
  private final Duration unknownKidCoolDown;
  private final Map<URI, Cached> cache = new ConcurrentHashMap<>();
  private final Map<URI, CompletableFuture<Cached>> fetching = new ConcurrentHashMap<>();

  /**
   * @param unknownKidCoolDown how long after a fetch that lacked the kid asked for other unknown
   *     kids are refused from that set instead of fetching again; zero fetches for every one
   */
  public PlatformKeys(
      Fetcher fetcher, Clock clock, Duration timeToLive, Duration unknownKidCoolDown) {
    if (unknownKidCoolDown.isNegative()) {
      throw new IllegalArgumentException("The unknown-kid cool-down cannot be negative.");
    }
    this.fetcher = fetcher;
    this.clock = clock;
    this.timeToLive = timeToLive;
    this.unknownKidCoolDown = unknownKidCoolDown;
  }

  /**
   * The key with this kid, fetching the set when the cache is stale or lacks the kid (unless a
   * fetch within the cool-down lacked a kid too). Empty when the platform does not publish it.
   */
  public Optional<JWK> key(URI jwksUrl, String kid) {
    Cached cached = cache.get(jwksUrl);
    if (cached != null && isFresh(cached)) {
      JWK known = cached.keys().getKeyByKeyId(kid);
      if (known != null) {
        return Optional.of(known);
      }
      if (inUnknownKidCoolDown(cached)) {
        return Optional.empty();
      }
    }
    return Optional.ofNullable(refresh(jwksUrl, cached, kid).keys().getKeyByKeyId(kid));
  }

  private boolean isFresh(Cached cached) {
    return clock.instant().isBefore(cached.fetchedAt().plus(timeToLive));
  }

  private boolean inUnknownKidCoolDown(Cached cached) {
    return cached.lackedTheKidAsked()
        && clock.instant().isBefore(cached.fetchedAt().plus(unknownKidCoolDown));
  }

  /**
   * The set fetched anew, by this caller or by the one already fetching it. {@code seen} is what
   * this caller found in the cache: when the cache holds something else by the time it may fetch,
   * another caller fetched since, and that set is as new as this caller needs.
   */
  private Cached refresh(URI jwksUrl, Cached seen, String kid) {
    CompletableFuture<Cached> mine = new CompletableFuture<>();
    CompletableFuture<Cached> running = fetching.putIfAbsent(jwksUrl, mine);
    if (running != null) {
      return await(running);
    }
    try {
      Cached current = cache.get(jwksUrl);
      Cached result = current != seen ? current : fetch(jwksUrl, seen, kid);
      mine.complete(result);
      return result;
    } catch (RuntimeException | Error e) {
      mine.completeExceptionally(e);
      throw e;
    } finally {
      fetching.remove(jwksUrl, mine);
    }
  }

  private static Cached await(CompletableFuture<Cached> running) {
    try {
      return running.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw e;
    }
  }

  private Cached fetch(URI jwksUrl, Cached stale, String kid) {
    try {
      JWKSet fetched = JWKSet.parse(fetcher.fetch(jwksUrl));
      Cached fresh = new Cached(fetched, clock.instant(), fetched.getKeyByKeyId(kid) == null);
      cache.put(jwksUrl, fresh);
      return fresh;
    } catch (IOException | ParseException e) {
      if (stale != null) {
        // The platform is briefly unreachable: the keys it published before are still its keys.
        LOG.warning(() -> "Using cached keys; cannot refresh " + jwksUrl + ": " + e.getMessage());
        return stale;
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
