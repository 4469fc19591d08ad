package com.firstline.lti.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.firstline.lti.testplatform.IdTokens;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PlatformKeysTest {
  private static final URI JWKS = URI.create("https://lms.example.edu/jwks");
  private static final Duration COOL_DOWN = Duration.ofSeconds(5);
  private static final int CALLERS = 8;

  private final RSAKey first = IdTokens.newKey();
  private final RSAKey second = IdTokens.newKey();
  private final AtomicReference<String> served =
      new AtomicReference<>(new JWKSet(first.toPublicJWK()).toString());
  private final AtomicInteger fetches = new AtomicInteger();
  private final AtomicReference<Instant> now = new AtomicReference<>(Instant.now());

  private PlatformKeys keys(PlatformKeys.Fetcher fetcher) {
    return keys(fetcher, Duration.ofMinutes(5));
  }

  private PlatformKeys keys(PlatformKeys.Fetcher fetcher, Duration timeToLive) {
    Clock clock =
        new Clock() {
          @Override
          public ZoneOffset getZone() {
            return ZoneOffset.UTC;
          }

          @Override
          public Clock withZone(java.time.ZoneId zone) {
            return this;
          }

          @Override
          public Instant instant() {
            return now.get();
          }
        };
    return new PlatformKeys(fetcher, clock, timeToLive, COOL_DOWN);
  }

  private PlatformKeys countingKeys() {
    return keys(this::countedFetch);
  }

  private String countedFetch(URI url) {
    fetches.incrementAndGet();
    return served.get();
  }

  private void publish(RSAKey... published) {
    served.set(new JWKSet(Stream.of(published).<JWK>map(RSAKey::toPublicJWK).toList()).toString());
  }

  private void later(Duration elapsed) {
    now.set(now.get().plus(elapsed));
  }

  /**
   * Counts fetches; once {@code holding} is set, each fetch waits until {@link #CALLERS} fetches
   * have started or a moment has passed, then answers what {@code answer} says. A {@link
   * PlatformKeys} that fetched for every caller thus fetches {@link #CALLERS} times; one that lets
   * callers share a fetch fetches once, and its fetch waits long enough for all of them to ask.
   */
  private PlatformKeys holdingKeys(AtomicBoolean holding, PlatformKeys.Fetcher answer) {
    CountDownLatch started = new CountDownLatch(CALLERS);
    return keys(
        url -> {
          fetches.incrementAndGet();
          if (holding.get()) {
            started.countDown();
            try {
              started.await(500, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
              throw new IOException(e);
            }
          }
          return answer.fetch(url);
        });
  }

  /** Runs each call on a thread of its own, all released at the same moment; their outcomes. */
  private static <T> List<Future<T>> atOnce(List<Callable<T>> calls) throws InterruptedException {
    ExecutorService threads = Executors.newFixedThreadPool(calls.size());
    try {
      CyclicBarrier start = new CyclicBarrier(calls.size());
      List<Future<T>> outcomes = new ArrayList<>();
      for (Callable<T> call : calls) {
        outcomes.add(
            threads.submit(
                () -> {
                  start.await();
                  return call.call();
                }));
      }
      threads.shutdown();
      assertTrue(threads.awaitTermination(10, TimeUnit.SECONDS), "the callers finished");
      return outcomes;
    } finally {
      threads.shutdownNow();
    }
  }

  private static <T> List<Callable<T>> times(int count, IntFunction<T> call) {
    List<Callable<T>> calls = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int caller = i;
      calls.add(() -> call.apply(caller));
    }
    return calls;
  }

  @Test
  void aKnownKeyIsServedFromTheCache() {
    PlatformKeys keys = countingKeys();
    assertTrue(keys.key(JWKS, first.getKeyID()).isPresent());
    assertTrue(keys.key(JWKS, first.getKeyID()).isPresent());
    assertEquals(1, fetches.get());
  }

  @Test
  void anUnknownKidIsFetchedForOnceMore() {
    PlatformKeys keys = countingKeys();
    keys.key(JWKS, first.getKeyID());
    served.set(new JWKSet(java.util.List.of(second.toPublicJWK(), first.toPublicJWK())).toString());
    assertTrue(keys.key(JWKS, second.getKeyID()).isPresent());
    assertEquals(2, fetches.get());
    assertTrue(keys.key(JWKS, "never-published").isEmpty());
    assertEquals(3, fetches.get());
  }

  @Test
  void theCacheExpires() {
    PlatformKeys keys = countingKeys();
    keys.key(JWKS, first.getKeyID());
    now.set(now.get().plus(Duration.ofMinutes(6)));
    keys.key(JWKS, first.getKeyID());
    assertEquals(2, fetches.get());
  }

  @Test
  void staleKeysServeWhileThePlatformIsUnreachable() {
    AtomicReference<Boolean> down = new AtomicReference<>(false);
    PlatformKeys keys =
        keys(
            url -> {
              if (down.get()) {
                throw new IOException("connection refused");
              }
              return served.get();
            });
    keys.key(JWKS, first.getKeyID());
    down.set(true);
    now.set(now.get().plus(Duration.ofMinutes(6)));
    assertTrue(keys.key(JWKS, first.getKeyID()).isPresent());
  }

  @Test
  void anUnreachablePlatformWithNothingCachedIsABadGateway() {
    PlatformKeys keys =
        keys(
            url -> {
              throw new IOException("connection refused");
            });
    LaunchRejected rejected =
        assertThrows(LaunchRejected.class, () -> keys.key(JWKS, first.getKeyID()));
    assertEquals(Rule.PLATFORM_KEYS, rejected.rule());
    assertTrue(rejected.problem().detail().contains("connection refused"));
  }

  @Test
  void callersAskingForTheSameNewKidAtOnceShareOneFetch() throws Exception {
    AtomicBoolean holding = new AtomicBoolean();
    PlatformKeys keys = holdingKeys(holding, url -> served.get());
    keys.key(JWKS, first.getKeyID());
    publish(second, first);
    holding.set(true);

    List<Future<Optional<JWK>>> found =
        atOnce(times(CALLERS, caller -> keys.key(JWKS, second.getKeyID())));

    for (Future<Optional<JWK>> each : found) {
      assertTrue(each.get().isPresent(), "every caller gets the rotated key");
    }
    assertEquals(2, fetches.get(), "the first fetch, then one for all callers");
  }

  @Test
  void aFloodOfMadeUpKidsCostsOneFetch() throws Exception {
    AtomicBoolean holding = new AtomicBoolean();
    PlatformKeys keys = holdingKeys(holding, url -> served.get());
    keys.key(JWKS, first.getKeyID());
    holding.set(true);

    List<Future<Optional<JWK>>> found =
        atOnce(times(CALLERS, caller -> keys.key(JWKS, "made-up-" + caller)));

    for (Future<Optional<JWK>> each : found) {
      assertTrue(each.get().isEmpty());
    }
    assertEquals(2, fetches.get(), "the first fetch, then one for all callers");
  }

  @Test
  void aFailedFetchIsSharedToo() throws Exception {
    AtomicBoolean holding = new AtomicBoolean(true);
    PlatformKeys keys =
        holdingKeys(
            holding,
            url -> {
              throw new IOException("connection refused");
            });

    List<Future<Optional<JWK>>> found =
        atOnce(times(CALLERS, caller -> keys.key(JWKS, first.getKeyID())));

    for (Future<Optional<JWK>> each : found) {
      ExecutionException failed = assertThrows(ExecutionException.class, each::get);
      assertInstanceOf(LaunchRejected.class, failed.getCause());
    }
    assertEquals(1, fetches.get());
  }

  @Test
  void anotherUnknownKidWithinTheCoolDownIsNotFetchedFor() {
    PlatformKeys keys = countingKeys();
    keys.key(JWKS, first.getKeyID());
    assertTrue(keys.key(JWKS, "made-up-1").isEmpty());
    assertEquals(2, fetches.get(), "an unknown kid is fetched for once");

    later(Duration.ofSeconds(4));
    assertTrue(keys.key(JWKS, "made-up-2").isEmpty());
    assertTrue(keys.key(JWKS, "made-up-1").isEmpty());
    assertEquals(2, fetches.get(), "the set fetched 4 s ago lacked a kid already");
    assertTrue(keys.key(JWKS, first.getKeyID()).isPresent(), "known keys still work");

    later(Duration.ofSeconds(1));
    assertTrue(keys.key(JWKS, "made-up-3").isEmpty());
    assertEquals(3, fetches.get(), "after the cool-down an unknown kid is fetched for again");
  }

  @Test
  void aKidPublishedInAFetchMadeForAnotherKidIsFound() {
    PlatformKeys keys = countingKeys();
    keys.key(JWKS, first.getKeyID());
    publish(second, first);
    assertTrue(keys.key(JWKS, "made-up").isEmpty());
    assertTrue(keys.key(JWKS, second.getKeyID()).isPresent());
    assertEquals(2, fetches.get());
  }

  @Test
  void aFetchThatFoundItsKidStartsNoCoolDown() {
    PlatformKeys keys = countingKeys();
    keys.key(JWKS, first.getKeyID());
    RSAKey third = IdTokens.newKey();
    publish(second, first);
    assertTrue(keys.key(JWKS, second.getKeyID()).isPresent());
    publish(third, second, first);
    assertTrue(keys.key(JWKS, third.getKeyID()).isPresent(), "rotated twice in a row");
    assertEquals(3, fetches.get());
  }

  @Test
  void aKeyPublishedDuringTheCoolDownIsFoundOnceItEnds() {
    PlatformKeys keys = countingKeys();
    keys.key(JWKS, first.getKeyID());
    assertTrue(keys.key(JWKS, "made-up").isEmpty());
    publish(second, first);

    later(Duration.ofSeconds(1));
    assertTrue(keys.key(JWKS, second.getKeyID()).isEmpty(), "the price of the cool-down");
    later(COOL_DOWN);
    assertTrue(keys.key(JWKS, second.getKeyID()).isPresent());
    assertEquals(3, fetches.get());
  }

  @Test
  void aStaleSetIsFetchedAgainEvenWithinTheCoolDown() {
    PlatformKeys keys = keys(this::countedFetch, Duration.ofSeconds(3));
    keys.key(JWKS, first.getKeyID());
    assertTrue(keys.key(JWKS, "made-up-1").isEmpty());
    publish(second, first);

    later(Duration.ofSeconds(4));
    assertTrue(keys.key(JWKS, second.getKeyID()).isPresent());
    assertEquals(3, fetches.get());
  }

  @Test
  void eachJwksUrlHasItsOwnCoolDown() {
    URI other = URI.create("https://other-lms.example.org/jwks");
    PlatformKeys keys = countingKeys();
    keys.key(JWKS, first.getKeyID());
    assertTrue(keys.key(JWKS, "made-up").isEmpty());
    assertTrue(keys.key(other, "made-up").isEmpty());
    assertEquals(3, fetches.get());
  }
}
