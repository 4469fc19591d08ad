package com.firstline.lti.launch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Fetches a platform's JWKS over HTTP, with a size limit and one deadline for the whole exchange,
 * body included: while one fetch runs, every launch that needs the set waits for it, so a platform
 * that trickles its answer must not hold them longer than the deadline.
 */
final class HttpJwksFetcher implements PlatformKeys.Fetcher {
  private static final int MAX_BYTES = 512 * 1024;
  private static final Duration TIMEOUT = Duration.ofSeconds(5);

  private final Duration timeout;
  private final HttpClient client;

  HttpJwksFetcher() {
    this(TIMEOUT);
  }

  HttpJwksFetcher(Duration timeout) {
    this.timeout = timeout;
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(timeout)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
  }

  @Override
  public String fetch(URI jwksUrl) throws IOException {
    HttpRequest request;
    try {
      request =
          HttpRequest.newBuilder(jwksUrl)
              .timeout(timeout)
              .header("Accept", "application/json, application/jwk-set+json")
              .GET()
              .build();
    } catch (IllegalArgumentException e) {
      throw new IOException(e.getMessage(), e);
    }
    // The body is read on the client's threads; on the deadline the stream is closed, which
    // releases that reader, and the exchange is cancelled.
    AtomicReference<InputStream> stream = new AtomicReference<>();
    CompletableFuture<String> body =
        client
            .sendAsync(request, HttpResponse.BodyHandlers.ofInputStream())
            .thenApplyAsync(
                response -> {
                  stream.set(response.body());
                  return read(response);
                });
    try {
      return body.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      body.cancel(true);
      InputStream unread = stream.get();
      if (unread != null) {
        unread.close();
      }
      throw new IOException("no complete answer within " + timeout.toMillis() + " ms", e);
    } catch (ExecutionException e) {
      Throwable cause =
          e.getCause() instanceof UncheckedIOException unchecked
              ? unchecked.getCause()
              : e.getCause();
      throw new IOException(cause.getMessage(), cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  private static String read(HttpResponse<InputStream> response) {
    try (InputStream body = response.body()) {
      if (response.statusCode() != 200) {
        throw new IOException("HTTP " + response.statusCode());
      }
      byte[] bytes = body.readNBytes(MAX_BYTES + 1);
      if (bytes.length > MAX_BYTES) {
        throw new IOException("larger than " + MAX_BYTES + " bytes");
      }
      return new String(bytes, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
