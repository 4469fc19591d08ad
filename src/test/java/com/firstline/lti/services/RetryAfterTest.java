package com.firstline.lti.services;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryAfterTest {
  private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

  @Test
  void secondsAreReadAsAWait() {
    assertEquals(Optional.of(Duration.ofMinutes(2)), RetryAfter.parse(" 120 ", NOW));
    assertEquals(Optional.of(Duration.ZERO), RetryAfter.parse("0", NOW));
  }

  @Test
  void anHttpDateIsTheWaitUntilThen() {
    assertEquals(
        Optional.of(Duration.ofSeconds(90)),
        RetryAfter.parse("Mon, 02 Mar 2026 10:01:30 GMT", NOW));
    assertEquals(
        Optional.of(Duration.ZERO), RetryAfter.parse("Mon, 02 Mar 2026 09:00:00 GMT", NOW));
  }

  @Test
  void anythingElseIsIgnored() {
    assertEquals(Optional.empty(), RetryAfter.parse(null, NOW));
    assertEquals(Optional.empty(), RetryAfter.parse("", NOW));
    assertEquals(Optional.empty(), RetryAfter.parse("-5", NOW));
    assertEquals(Optional.empty(), RetryAfter.parse("soon", NOW));
    assertEquals(Optional.empty(), RetryAfter.parse("99999999999999999999999", NOW));
  }
}
