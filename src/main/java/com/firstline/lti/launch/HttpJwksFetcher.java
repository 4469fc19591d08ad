package com.firstline.lti.launch;

import com.firstline.platform.http.OutboundHttp;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Duration;

/**
 * Fetches a platform's JWKS through the outbound client, with a deadline of its own for the whole
 * exchange, body included: while one fetch runs, every launch that needs the set waits for it, so a
 * platform that trickles its answer must not hold them longer than that. Redirects are followed (a
 * key set is public, and platforms move them behind CDNs).
 */
final class HttpJwksFetcher implements PlatformKeys.Fetcher {
  private static final Duration TIMEOUT = Duration.ofSeconds(5);

  private final OutboundHttp http;
  private final Duration timeout;
  private final Clock clock;

  HttpJwksFetcher(OutboundHttp http) {
    this(http, TIMEOUT, Clock.systemUTC());
  }

  HttpJwksFetcher(OutboundHttp http, Duration timeout, Clock clock) {
    this.http = http;
    this.timeout = timeout;
    this.clock = clock;
  }

  @Override
  public String fetch(URI jwksUrl) throws IOException {
    HttpRequest request;
    try {
      request =
          HttpRequest.newBuilder(jwksUrl)
              .header("Accept", "application/json, application/jwk-set+json")
              .GET()
              .build();
    } catch (IllegalArgumentException e) {
      throw new IOException(e.getMessage(), e);
    }
    OutboundHttp.Answer answer;
    try {
      answer =
          http.withDeadline(
              clock.instant().plus(timeout),
              () -> http.send(request, "GET " + jwksUrl, OutboundHttp.Redirects.FOLLOW));
    } catch (OutboundHttp.Unreachable e) {
      throw new IOException(e.getMessage(), e);
    }
    if (answer.status() != 200) {
      throw new IOException("HTTP " + answer.status());
    }
    return answer.body();
  }
}
