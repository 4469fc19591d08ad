package com.firstline.lti.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.firstline.lti.testplatform.IdTokens;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class PlatformKeysTest {
  private static final URI JWKS = URI.create("https://lms.example.edu/jwks");

  private final RSAKey first = IdTokens.newKey();
  private final RSAKey second = IdTokens.newKey();
  private final AtomicReference<String> served =
      new AtomicReference<>(new JWKSet(first.toPublicJWK()).toString());
  private final AtomicInteger fetches = new AtomicInteger();
  private final AtomicReference<Instant> now = new AtomicReference<>(Instant.now());

  private PlatformKeys keys(PlatformKeys.Fetcher fetcher) {
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
    return new PlatformKeys(fetcher, clock, Duration.ofMinutes(5));
  }

  private PlatformKeys countingKeys() {
    return keys(
        url -> {
          fetches.incrementAndGet();
          return served.get();
        });
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
}
