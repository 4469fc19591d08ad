package com.firstline.lti.services;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * HTTP to platforms: one client, a timeout on every call, redirects not followed (a POSTed score
 * must not be re-sent somewhere else) and answers read up to a size limit. Failing to get any
 * answer becomes a retryable {@link PlatformCallFailed}.
 */
@ApplicationScoped
public class PlatformHttp {
  private static final int MAX_BYTES = 2 * 1024 * 1024;

  @Inject
  @ConfigProperty(name = "tracking.http-timeout-seconds", defaultValue = "20")
  long timeoutSeconds;

  Clock clock = Clock.systemUTC();

  private volatile HttpClient client;

  /** A platform's answer, read in full. */
  public record Answer(int status, java.net.http.HttpHeaders headers, String body, Instant at) {
    public String header(String name) {
      return headers.firstValue(name).orElse(null);
    }

    public List<String> headers(String name) {
      return headers.allValues(name);
    }

    public boolean ok() {
      return status >= 200 && status < 300;
    }
  }

  public HttpRequest.Builder request(String url) {
    try {
      return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(timeoutSeconds));
    } catch (IllegalArgumentException e) {
      throw PlatformCallFailed.unexpected(url, "not a valid URL");
    }
  }

  /** Sends the request; {@code call} names it in failures ("POST score to https://..."). */
  public Answer send(HttpRequest request, String call) {
    try {
      HttpResponse<InputStream> response =
          client().send(request, HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream in = response.body()) {
        byte[] bytes = in.readNBytes(MAX_BYTES);
        return new Answer(
            response.statusCode(),
            response.headers(),
            new String(bytes, StandardCharsets.UTF_8),
            clock.instant());
      }
    } catch (IOException e) {
      throw PlatformCallFailed.unreachable(call, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw PlatformCallFailed.unreachable(call, e);
    }
  }

  private HttpClient client() {
    HttpClient made = client;
    if (made == null) {
      made =
          HttpClient.newBuilder()
              .connectTimeout(Duration.ofSeconds(Math.min(timeoutSeconds, 10)))
              .followRedirects(HttpClient.Redirect.NEVER)
              .build();
      client = made;
    }
    return made;
  }
}
