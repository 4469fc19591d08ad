package com.firstline.lti.services;

import java.time.Duration;
import java.util.Optional;

/**
 * A call to a platform that did not succeed. {@link #retryable()} says whether trying again later
 * may help (timeouts, refused connections, 5xx, 429); {@code retryAfter} is the wait the platform
 * asked for, if it did. The detail names the call and quotes the platform's answer (cut short), so
 * that a trainer reading it can tell an administrator what to fix; it never holds a token.
 */
public class PlatformCallFailed extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private static final int MAX_QUOTE = 500;

  private final int status;
  private final boolean retryable;
  private final transient Duration retryAfter;

  public PlatformCallFailed(String detail, int status, boolean retryable, Duration retryAfter) {
    super(detail);
    this.status = status;
    this.retryable = retryable;
    this.retryAfter = retryAfter;
  }

  /** No answer at all: a timeout or a connection that failed. Always worth another try. */
  public static PlatformCallFailed unreachable(String call, Exception cause) {
    PlatformCallFailed failed =
        new PlatformCallFailed(
            call + ": no answer (" + cause.getClass().getSimpleName() + ")", 0, true, null);
    failed.initCause(cause);
    return failed;
  }

  /** An answer that is not a success: 429 and 5xx are retryable, other statuses are not. */
  public static PlatformCallFailed answered(String call, PlatformHttp.Answer answer) {
    int status = answer.status();
    boolean retryable = status == 429 || status >= 500;
    Duration wait =
        retryable ? RetryAfter.parse(answer.header("Retry-After"), answer.at()).orElse(null) : null;
    return new PlatformCallFailed(
        call + ": HTTP " + status + quote(answer.body()), status, retryable, wait);
  }

  /** The platform answered with something that is not what the specification says it sends. */
  public static PlatformCallFailed unexpected(String call, String what) {
    return new PlatformCallFailed(call + ": " + what, 0, false, null);
  }

  private static String quote(String body) {
    if (body == null || body.isBlank()) {
      return "";
    }
    String flat = body.strip().replaceAll("\\s+", " ");
    return " " + (flat.length() > MAX_QUOTE ? flat.substring(0, MAX_QUOTE) + "…" : flat);
  }

  /** The HTTP status the platform answered, or 0 when it did not answer. */
  public int status() {
    return status;
  }

  public boolean retryable() {
    return retryable;
  }

  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
