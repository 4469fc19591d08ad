package com.firstline.platform.http;

import com.firstline.platform.startup.RunningMode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every call Firstline makes to another server (an LMS's token, AGS, NRPS and JWKS endpoints, a
 * dynamic registration, an LRS) goes through here, under the same rules:
 *
 * <ul>
 *   <li>one deadline for the whole call, body included: a server that sends its answer a byte a
 *       second is cut off at the deadline like one that never answers, so no caller (and no claim
 *       on a queued score) waits longer than it planned;
 *   <li>within a {@link #withDeadline} block, no call runs past that block's deadline either;
 *   <li>redirects are not followed unless the caller asks (a POSTed score or token must reach the
 *       address that was checked, not another);
 *   <li>answers are read up to {@code platform.http.max-response-bytes}; a larger one fails;
 *   <li>outside development, only https addresses that resolve to public addresses are called
 *       ({@link AddressGuard}), redirects included: the addresses come from platforms and
 *       registrations, and must not turn Firstline into a probe of its own network.
 * </ul>
 */
@ApplicationScoped
public class OutboundHttp {
  private static final ThreadLocal<Instant> BLOCK_DEADLINE = new ThreadLocal<>();

  @Inject
  @ConfigProperty(name = "platform.http.timeout-seconds", defaultValue = "20")
  long timeoutSeconds;

  @Inject
  @ConfigProperty(name = "platform.http.max-response-bytes", defaultValue = "2097152")
  int maxResponseBytes;

  @Inject RunningMode running;

  @Inject
  @ConfigProperty(name = "platform.http.allowed-hosts")
  Optional<List<String>> allowedHosts;

  Clock clock = Clock.systemUTC();

  /** Null: not decided yet (CDI); {@link #UNGUARDED}: every address may be called. */
  private volatile AddressGuard guard;

  private static final AddressGuard UNGUARDED = new AddressGuard(List.of(), host -> null);

  private volatile HttpClient direct;
  private volatile HttpClient redirecting;

  /** For CDI, which sets the fields from the configuration. */
  public OutboundHttp() {}

  /** A client outside CDI (tests, tools) with these limits. */
  public static OutboundHttp of(Duration timeout, int maxResponseBytes) {
    OutboundHttp http = new OutboundHttp();
    http.timeoutSeconds = Math.max(1, timeout.toSeconds());
    http.maxResponseBytes = maxResponseBytes;
    http.guard = UNGUARDED;
    return http;
  }

  /** This client, refusing what production refuses (see {@link AddressGuard}). */
  public OutboundHttp guardedBy(AddressGuard addressGuard) {
    guard = addressGuard;
    return this;
  }

  /** Whether to follow a 3xx answer to its Location. */
  public enum Redirects {
    NEVER,
    FOLLOW
  }

  /** An answer, read in full. */
  public record Answer(int status, HttpHeaders headers, String body, Instant at) {
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

  /**
   * No complete answer: the server could not be reached, did not finish in time, or answered more
   * than the size limit. Worth another try later.
   */
  public static class Unreachable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unreachable(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** The timeout of one call. */
  public Duration timeout() {
    return Duration.ofSeconds(timeoutSeconds);
  }

  /**
   * Runs {@code work} so that no call it makes, on this thread, runs past {@code deadline}: a call
   * is given what is left, and one that would start after it fails at once. Used by senders whose
   * claim on a queued row ends at a known time.
   */
  public <T> T withDeadline(Instant deadline, Supplier<T> work) {
    Instant outer = BLOCK_DEADLINE.get();
    BLOCK_DEADLINE.set(outer != null && outer.isBefore(deadline) ? outer : deadline);
    try {
      return work.get();
    } finally {
      if (outer == null) {
        BLOCK_DEADLINE.remove();
      } else {
        BLOCK_DEADLINE.set(outer);
      }
    }
  }

  /** A request to {@code url}; {@link IllegalArgumentException} when it is not a valid URL. */
  public HttpRequest.Builder request(String url) {
    return HttpRequest.newBuilder(URI.create(url));
  }

  /** Sends without following redirects; {@code call} names it in failures ("POST score to ..."). */
  public Answer send(HttpRequest request, String call) {
    return send(request, call, Redirects.NEVER);
  }

  public Answer send(HttpRequest request, String call, Redirects redirects) {
    AddressGuard checking = guard();
    if (checking == UNGUARDED) {
      return sendChecked(request, call, redirects);
    }
    // Guarded: redirects are followed here, so that every hop's address is checked.
    HttpRequest hop = request;
    for (int hops = 0; ; hops++) {
      checking.check(hop.uri(), call);
      Answer answer = sendChecked(hop, call, Redirects.NEVER);
      String location = answer.header("Location");
      boolean redirected = answer.status() >= 300 && answer.status() < 400 && location != null;
      if (redirects == Redirects.NEVER || !redirected || !"GET".equals(hop.method())) {
        return answer;
      }
      if (hops >= MAX_REDIRECTS) {
        throw new Unreachable(call + ": more than " + MAX_REDIRECTS + " redirects", null);
      }
      hop =
          HttpRequest.newBuilder(hop, (name, value) -> true)
              .uri(hop.uri().resolve(location))
              .build();
    }
  }

  private static final int MAX_REDIRECTS = 5;

  private AddressGuard guard() {
    AddressGuard made = guard;
    if (made == null) {
      made =
          running != null && running.isDevelopment()
              ? UNGUARDED
              : AddressGuard.resolvingWithDns(allowedHosts.orElse(List.of()));
      guard = made;
    }
    return made;
  }

  private Answer sendChecked(HttpRequest request, String call, Redirects redirects) {
    Duration allowed = allowedNow(call);
    HttpRequest timed =
        HttpRequest.newBuilder(request, (name, value) -> true).timeout(allowed).build();
    // The body is read on the client's threads; at the deadline the stream is closed, which
    // releases that reader, and the exchange is cancelled.
    AtomicReference<InputStream> stream = new AtomicReference<>();
    CompletableFuture<Answer> answer =
        client(redirects)
            .sendAsync(timed, HttpResponse.BodyHandlers.ofInputStream())
            .thenApplyAsync(
                response -> {
                  stream.set(response.body());
                  return read(response);
                });
    try {
      return answer.get(allowed.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      answer.cancel(true);
      closeQuietly(stream.get());
      throw new Unreachable(call + ": no complete answer within " + allowed.toMillis() + " ms", e);
    } catch (ExecutionException e) {
      Throwable cause =
          e.getCause() instanceof UncheckedIOException unchecked
              ? unchecked.getCause()
              : e.getCause();
      throw new Unreachable(call + ": " + describe(cause), cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      answer.cancel(true);
      throw new Unreachable(call + ": interrupted", e);
    }
  }

  private Duration allowedNow(String call) {
    Duration allowed = timeout();
    Instant deadline = BLOCK_DEADLINE.get();
    if (deadline != null) {
      Duration left = Duration.between(clock.instant(), deadline);
      if (left.toMillis() < 1) {
        throw new Unreachable(call + ": not started, its time was used up", null);
      }
      if (left.compareTo(allowed) < 0) {
        allowed = left;
      }
    }
    return allowed;
  }

  private Answer read(HttpResponse<InputStream> response) {
    try (InputStream body = response.body()) {
      byte[] bytes = body.readNBytes(maxResponseBytes + 1);
      if (bytes.length > maxResponseBytes) {
        throw new IOException("the answer is larger than " + maxResponseBytes + " bytes");
      }
      return new Answer(
          response.statusCode(),
          response.headers(),
          new String(bytes, StandardCharsets.UTF_8),
          clock.instant());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String describe(Throwable cause) {
    String message = cause.getMessage();
    return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
  }

  private static void closeQuietly(InputStream stream) {
    if (stream != null) {
      try {
        stream.close();
      } catch (IOException ignored) {
        // The exchange is being abandoned; a failure to close it changes nothing.
      }
    }
  }

  private HttpClient client(Redirects redirects) {
    if (redirects == Redirects.FOLLOW) {
      HttpClient made = redirecting;
      if (made == null) {
        made = build(HttpClient.Redirect.NORMAL);
        redirecting = made;
      }
      return made;
    }
    HttpClient made = direct;
    if (made == null) {
      made = build(HttpClient.Redirect.NEVER);
      direct = made;
    }
    return made;
  }

  private HttpClient build(HttpClient.Redirect redirect) {
    return HttpClient.newBuilder()
        .connectTimeout(Duration.ofSeconds(Math.min(timeoutSeconds, 10)))
        .followRedirects(redirect)
        .build();
  }
}
