package com.firstline.bench;

import com.firstline.lti.testplatform.TestPlatform;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load benchmark of the LTI launch as the tool serves it: N workers each repeat a launch from a
 * platform that this process plays (its own keys, JWKS and signed id_tokens, registered through the
 * admin API), the way an LMS sends a browser through it: our login (302 to the platform with state
 * and nonce), the platform's id_token posted to our launch URL with the state cookie (302 to the
 * player), and the player's page. Redirects are followed by hand, so every hop is one measured
 * request; signing the id_token is the platform's work and is not counted. Prints launches per
 * second with p50 / p99 of a whole launch and the p50 of each hop. Each worker launches as one of
 * 20 people in turn, as returning managers do. See the README's "Benchmarks".
 *
 * <p>Arguments (system properties): {@code bench.url} (http://localhost:9080), {@code
 * bench.admin-token} (else the {@code LTI_ADMIN_TOKEN} environment variable: the server's
 * lti.admin-token), {@code bench.workers} (64), {@code bench.seconds} (30), {@code bench.warmup}
 * (120 s: on two cores the JIT needs minutes of load), {@code bench.module}
 * (mistake-at-the-counter).
 */
public final class LaunchBenchmark {
  private static final Logger LOG = Logger.getLogger(LaunchBenchmark.class.getName());
  private static final String CLIENT = "bench-client";
  private static final String DEPLOYMENT = "bench-deployment";
  private static final int PEOPLE_PER_WORKER = 20;
  private static final List<String> HOPS = List.of("login", "launch", "player page");

  private final String base = System.getProperty("bench.url", "http://localhost:9080");
  private final int workers = Integer.getInteger("bench.workers", 64);
  private final int seconds = Integer.getInteger("bench.seconds", 30);
  private final int warmup = Integer.getInteger("bench.warmup", 120);
  private final String module = System.getProperty("bench.module", "mistake-at-the-counter");
  private final String adminToken =
      System.getProperty("bench.admin-token", System.getenv().getOrDefault("LTI_ADMIN_TOKEN", ""));
  private final TestPlatform platform = TestPlatform.start("bench");
  private final ExecutorService clientThreads = Executors.newFixedThreadPool(8);
  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .followRedirects(HttpClient.Redirect.NEVER)
          .executor(clientThreads)
          .build();

  public static void main(String[] args) throws InterruptedException {
    new LaunchBenchmark().run();
  }

  private void run() throws InterruptedException {
    long registration = register();
    try {
      LOG.info(() -> "Warming up for " + warmup + " s with " + workers + " workers");
      measure(warmup);
      Result result = measure(seconds);
      LOG.info(result::report);
    } finally {
      send(admin("DELETE", "/api/admin/lti/registrations/" + registration, null));
      platform.close();
      clientThreads.shutdownNow();
    }
  }

  /** Registers this process's platform with the server under test; answers its id. */
  private long register() {
    String body =
        String.format(
            "{\"issuer\":\"%s\",\"clientId\":\"%s\",\"authUrl\":\"%s\",\"tokenUrl\":\"%s\","
                + "\"jwksUrl\":\"%s\",\"deploymentIds\":[\"%s\"]}",
            platform.issuer(),
            CLIENT,
            platform.authUrl(),
            platform.tokenUrl(),
            platform.jwksUrl(),
            DEPLOYMENT);
    HttpResponse<String> created = send(admin("POST", "/api/admin/lti/registrations", body));
    if (created.statusCode() != 201) {
      throw new IllegalStateException(
          "Registering the benchmark's platform answered "
              + created.statusCode()
              + " (start the server with LTI_ADMIN_TOKEN and pass the same token as"
              + " -Dbench.admin-token): "
              + created.body());
    }
    Matcher id = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(created.body());
    if (!id.find()) {
      throw new IllegalStateException("No registration id in " + created.body());
    }
    return Long.parseLong(id.group(1));
  }

  private HttpRequest admin(String method, String path, String json) {
    return HttpRequest.newBuilder(URI.create(base + path))
        .header("Authorization", "Bearer " + adminToken)
        .header("Content-Type", "application/json")
        .method(
            method,
            json == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json))
        .build();
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(request.uri().getPath() + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private Result measure(int durationSeconds) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(durationSeconds).toNanos();
    List<Samples[]> perWorker = new ArrayList<>();
    AtomicLong failures = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(workers);
    CountDownLatch done = new CountDownLatch(workers);
    long started = System.nanoTime();
    try {
      for (int i = 0; i < workers; i++) {
        int worker = i;
        Samples[] samples = new Samples[HOPS.size() + 1];
        Arrays.setAll(samples, s -> new Samples());
        perWorker.add(samples);
        pool.execute(
            () -> {
              try {
                launchUntil(deadline, "bench-" + worker + "-", samples, failures);
              } finally {
                done.countDown();
              }
            });
      }
      done.await();
    } finally {
      pool.shutdownNow();
    }
    return new Result(perWorker, failures.get(), (System.nanoTime() - started) / 1e9, workers);
  }

  /** samples[0] receives whole launches, samples[1..] each hop. A failed launch is counted. */
  private void launchUntil(long deadline, String people, Samples[] samples, AtomicLong failures) {
    for (int n = 0; System.nanoTime() < deadline; n++) {
      try {
        samples[0].add(launchOnce(people + (n % PEOPLE_PER_WORKER), samples));
      } catch (IllegalStateException e) {
        if (failures.incrementAndGet() <= 5) {
          LOG.warning(() -> "A launch failed: " + e.getMessage());
        }
      }
    }
  }

  /** One launch as this person; answers the nanoseconds the tool's three hops took. */
  private long launchOnce(String person, Samples[] samples) {
    String login =
        "/lti/login?iss="
            + encode(platform.issuer())
            + "&login_hint="
            + encode(person)
            + "&target_link_uri="
            + encode(base + "/lti/launch")
            + "&client_id="
            + CLIENT
            + "&lti_deployment_id="
            + DEPLOYMENT;
    Answer loginAnswer = hop(samples[1], 302, get(login));
    Map<String, String> auth = query(loginAnswer.location());
    String idToken =
        platform
            .idToken(CLIENT, DEPLOYMENT, auth.get("nonce"))
            .with("sub", person)
            .withLti("target_link_uri", base + "/lti/launch")
            .withLti("custom", Map.of("module", module))
            .serialize();
    // Like a browser, send back the state cookie the login set (name=value, before any attribute).
    HttpRequest launch =
        HttpRequest.newBuilder(
                postForm(
                    "/lti/launch",
                    "id_token=" + encode(idToken) + "&state=" + encode(auth.get("state"))),
                (n, v) -> true)
            .header("Cookie", loginAnswer.cookie().split(";", 2)[0])
            .build();
    Answer launched = hop(samples[2], 302, launch);
    String player = launched.location();
    // The fragment (#session=...) stays in the browser; the page itself is what it loads.
    Answer page = hop(samples[3], 200, get(player.substring(0, player.indexOf('#'))));
    return loginAnswer.nanos() + launched.nanos() + page.nanos();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static Map<String, String> query(String location) {
    Map<String, String> values = new HashMap<>();
    for (String pair : URI.create(location).getRawQuery().split("&")) {
      String[] nameValue = pair.split("=", 2);
      values.put(nameValue[0], URLDecoder.decode(nameValue[1], StandardCharsets.UTF_8));
    }
    return values;
  }

  private record Answer(int status, String location, String cookie, long nanos) {}

  private Answer hop(Samples samples, int expected, HttpRequest request) {
    long t0 = System.nanoTime();
    HttpResponse<String> response = send(request);
    long nanos = System.nanoTime() - t0;
    samples.add(nanos);
    if (response.statusCode() != expected) {
      throw new IllegalStateException(
          request.uri().getPath() + " answered " + response.statusCode() + " not " + expected);
    }
    return new Answer(
        response.statusCode(),
        response.headers().firstValue("Location").orElse(null),
        response.headers().firstValue("Set-Cookie").orElse(""),
        nanos);
  }

  private HttpRequest get(String location) {
    return HttpRequest.newBuilder(URI.create(location.startsWith("/") ? base + location : location))
        .GET()
        .build();
  }

  private HttpRequest postForm(String path, String form) {
    return HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form))
        .build();
  }

  /** One worker's latencies of one kind, in nanoseconds; grows as needed. */
  private static final class Samples {
    private long[] values = new long[1024];
    private int size;

    void add(long nanos) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = nanos;
    }

    static long[] sorted(List<Samples> all) {
      long[] merged = all.stream().flatMapToLong(s -> Arrays.stream(s.values, 0, s.size)).toArray();
      Arrays.sort(merged);
      return merged;
    }
  }

  private record Result(List<Samples[]> perWorker, long failures, double seconds, int workers) {
    long[] sorted(int kind) {
      return Samples.sorted(perWorker.stream().map(s -> s[kind]).toList());
    }

    static double percentileMillis(long[] sorted, double p) {
      return sorted.length == 0
          ? 0
          : sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    String report() {
      long[] launches = sorted(0);
      StringBuilder hops = new StringBuilder();
      for (int i = 0; i < HOPS.size(); i++) {
        hops.append(i == 0 ? "" : ", ")
            .append(HOPS.get(i))
            .append(String.format(" %.2f ms", percentileMillis(sorted(i + 1), 0.50)));
      }
      return String.format(
          "%d launches by %d workers in %.1f s: %.1f/s, p50 %.2f ms, p99 %.2f ms, max %.2f ms,"
              + " %d failed; p50 per hop: %s",
          launches.length,
          workers,
          seconds,
          launches.length / seconds,
          percentileMillis(launches, 0.50),
          percentileMillis(launches, 0.99),
          launches.length == 0 ? 0 : launches[launches.length - 1] / 1e6,
          failures,
          hops);
    }
  }
}
