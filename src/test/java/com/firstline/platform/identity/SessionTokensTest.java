package com.firstline.platform.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SessionTokensTest {
  private static final String SECRET = "a-test-secret-that-is-long-enough-for-hs256!";
  private static final Instant NOW = Instant.parse("2026-11-22T08:00:00Z");

  private static SessionTokens at(Instant now, String secret) {
    return new SessionTokens(secret, Duration.ofMinutes(30), Clock.fixed(now, ZoneOffset.UTC));
  }

  @Test
  void aTokenProvesThePersonTheirRolesTheirLaunchAndTheirCourseLink() {
    Caller caller =
        new Caller(
            42,
            Set.of(Role.TRAINER, Role.MANAGER),
            "launch-7",
            new Caller.CourseLink("a1b2c3", "trust-on-the-spot"));
    Caller back = at(NOW, SECRET).verify(at(NOW, SECRET).issue(caller)).orElseThrow();
    assertEquals(caller, back);
  }

  @Test
  void anExpiredTokenIsRefused() {
    String token = at(NOW, SECRET).issue(Caller.unlinked(1, Set.of(Role.MANAGER)));
    assertTrue(at(NOW.plus(Duration.ofMinutes(31)), SECRET).verify(token).isEmpty());
  }

  @Test
  void aTokenSignedWithAnotherSecretIsRefused() {
    String token = at(NOW, SECRET).issue(Caller.unlinked(1, Set.of(Role.ADMIN)));
    assertTrue(at(NOW, SECRET + "-other").verify(token).isEmpty());
  }

  @Test
  void aTamperedTokenIsRefused() {
    String token = at(NOW, SECRET).issue(Caller.unlinked(1, Set.of(Role.MANAGER)));
    String[] parts = token.split("\\.");
    String otherPayload =
        java.util.Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(
                "{\"iss\":\"firstline\",\"sub\":\"1\",\"roles\":[\"ADMIN\"],\"exp\":4102444800}"
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertTrue(at(NOW, SECRET).verify(parts[0] + "." + otherPayload + "." + parts[2]).isEmpty());
  }

  @Test
  void anUnsignedTokenAndGarbageAreRefused() {
    String none =
        java.util.Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString("{\"alg\":\"none\"}".getBytes())
            + "."
            + java.util.Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(
                    "{\"iss\":\"firstline\",\"sub\":\"1\",\"exp\":4102444800}".getBytes())
            + ".";
    assertTrue(at(NOW, SECRET).verify(none).isEmpty());
    assertTrue(at(NOW, SECRET).verify("not a token").isEmpty());
  }

  @Test
  void aShortSecretIsRejectedAtStart() {
    assertThrows(IllegalArgumentException.class, () -> at(NOW, "short"));
  }
}
