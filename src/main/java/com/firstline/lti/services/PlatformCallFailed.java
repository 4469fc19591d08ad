package com.firstline.lti.services;

import com.firstline.platform.http.OutboundHttp;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Optional;
import java.util.function.UnaryOperator;

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

  /**
   * No complete answer: a timeout (body included), a connection that failed, or an answer over the
   * size limit. Always worth another try.
   */
  public static PlatformCallFailed unreachable(OutboundHttp.Unreachable cause) {
    PlatformCallFailed failed = new PlatformCallFailed(cause.getMessage(), 0, true, null);
    failed.initCause(cause);
    return failed;
  }

  /**
   * Sends through the one outbound client, turning "no answer" and an address that is not a URL
   * into this class's failures.
   */
  public static OutboundHttp.Answer send(
      OutboundHttp http, String url, String call, UnaryOperator<HttpRequest.Builder> request) {
    HttpRequest built;
    try {
      built = request.apply(http.request(url)).build();
    } catch (IllegalArgumentException e) {
      throw unexpected(call, "not a valid URL");
    }
    try {
      return http.send(built, call);
    } catch (OutboundHttp.Unreachable e) {
      throw unreachable(e);
    }
  }

  /** An answer that is not a success: 429 and 5xx are retryable, other statuses are not. */
  public static PlatformCallFailed answered(String call, OutboundHttp.Answer answer) {
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
