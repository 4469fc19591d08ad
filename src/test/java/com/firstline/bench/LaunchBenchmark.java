package com.firstline.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load benchmark of the LTI launch: N workers each repeat a whole launch through the development
 * platform, the way a browser does it from "Try as a manager" (try-it form, our login, the
 * platform's authorization answer with its signed id_token, our launch, the player's page), for a
 * fixed time after a warm-up. Redirects are followed by hand so every hop is one measured request.
 * Prints launches per second with p50 / p99 of a whole launch and the p50 of each hop. Needs a
 * server with {@code dev.platform.enabled} (the Maven-run server has it); see the README's
 * "Benchmarks" section.
 *
 * <p>Arguments (system properties): {@code bench.url} (http://localhost:9080), {@code
 * bench.workers} (64), {@code bench.seconds} (30), {@code bench.warmup} (120 s: on two cores the
 * JIT needs minutes of load), {@code bench.module} (mistake-at-the-counter).
 */
public final class LaunchBenchmark {
  private static final Logger LOG = Logger.getLogger(LaunchBenchmark.class.getName());
  private static final Pattern FIELD = Pattern.compile("name=\"([a-z_]+)\" value=\"([^\"]*)\"");
  private static final List<String> HOPS =
      List.of("start", "login", "auth", "launch", "player page");

  private final String base = System.getProperty("bench.url", "http://localhost:9080");
  private final int workers = Integer.getInteger("bench.workers", 64);
  private final int seconds = Integer.getInteger("bench.seconds", 30);
  private final int warmup = Integer.getInteger("bench.warmup", 120);
  private final String module = System.getProperty("bench.module", "mistake-at-the-counter");
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
    try {
      LOG.info(() -> "Warming up for " + warmup + " s with " + workers + " workers");
      measure(warmup);
      Result result = measure(seconds);
      LOG.info(result::report);
    } finally {
      clientThreads.shutdownNow();
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
        Samples[] samples = new Samples[HOPS.size() + 1];
        Arrays.setAll(samples, s -> new Samples());
        perWorker.add(samples);
        pool.execute(
            () -> {
              try {
                launchUntil(deadline, samples, failures);
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
  private void launchUntil(long deadline, Samples[] samples, AtomicLong failures) {
    while (System.nanoTime() < deadline) {
      try {
        long t0 = System.nanoTime();
        launchOnce(samples);
        samples[0].add(System.nanoTime() - t0);
      } catch (IllegalStateException e) {
        if (failures.incrementAndGet() <= 5) {
          LOG.warning(() -> "A launch failed: " + e.getMessage());
        }
      }
    }
  }

  private void launchOnce(Samples[] samples) {
    String form = "module=" + URLEncoder.encode(module, StandardCharsets.UTF_8) + "&role=MANAGER";
    String login = hop(samples[1], 303, postForm("/dev-platform/start", form)).location();
    Answer loginAnswer = hop(samples[2], 302, get(login));
    String auth = loginAnswer.location();
    String autoPost = hop(samples[3], 200, get(auth)).body();
    Matcher field = FIELD.matcher(autoPost);
    StringBuilder launchForm = new StringBuilder();
    while (field.find()) {
      launchForm.append(launchForm.isEmpty() ? "" : "&").append(field.group(1)).append('=');
      launchForm.append(URLEncoder.encode(field.group(2), StandardCharsets.UTF_8));
    }
    // Like a browser, send back the state cookie the login set (name=value, before any attribute).
    String stateCookie = loginAnswer.cookie().split(";", 2)[0];
    HttpRequest launch =
        HttpRequest.newBuilder(postForm("/lti/launch", launchForm.toString()), (n, v) -> true)
            .header("Cookie", stateCookie)
            .build();
    String player = hop(samples[4], 302, launch).location();
    // The fragment (#session=...) stays in the browser; the page itself is what it loads.
    hop(samples[5], 200, get(player.substring(0, player.indexOf('#'))));
  }

  private record Answer(int status, String location, String cookie, String body) {}

  private Answer hop(Samples samples, int expected, HttpRequest request) {
    long t0 = System.nanoTime();
    try {
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      samples.add(System.nanoTime() - t0);
      if (response.statusCode() != expected) {
        throw new IllegalStateException(
            request.uri().getPath() + " answered " + response.statusCode() + " not " + expected);
      }
      return new Answer(
          response.statusCode(),
          response.headers().firstValue("Location").orElse(null),
          response.headers().firstValue("Set-Cookie").orElse(""),
          response.body());
    } catch (IOException e) {
      throw new IllegalStateException(request.uri().getPath() + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
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
