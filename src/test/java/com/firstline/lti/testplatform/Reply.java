package com.firstline.lti.testplatform;

import java.time.Duration;
import java.util.Map;

/**
 * A scripted answer of {@link PlatformServices} in place of its normal one: a status with headers
 * and body, or silence for a while (the caller times out). Scripted answers never record a score.
 */
public record Reply(
    int status, Map<String, String> headers, String body, Duration silence, Duration perByte) {

  public Reply(int status, Map<String, String> headers, String body, Duration silence) {
    this(status, headers, body, silence, Duration.ZERO);
  }

  /** A success whose body arrives one byte every {@code perByte}: a server choking mid-answer. */
  public static Reply trickle(int status, String body, Duration perByte) {
    return new Reply(status, Map.of(), body, Duration.ZERO, perByte);
  }

  public static Reply status(int status) {
    return new Reply(status, Map.of(), "{\"error\":\"scripted " + status + "\"}", Duration.ZERO);
  }

  public static Reply status(int status, String body) {
    return new Reply(status, Map.of(), body, Duration.ZERO);
  }

  public static Reply tooManyRequests(int retryAfterSeconds) {
    return new Reply(
        429,
        Map.of("Retry-After", Integer.toString(retryAfterSeconds)),
        "{\"error\":\"slow down\"}",
        Duration.ZERO);
  }

  /** No answer for this long, then a 503 nobody is waiting for any more. */
  public static Reply silence(Duration howLong) {
    return new Reply(503, Map.of(), "", howLong);
  }
}
