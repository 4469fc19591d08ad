package com.firstline.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Load benchmark of the player: N simulated managers each play a module over HTTP, submitting one
 * choice after another (starting over when they reach an ending), for a fixed time. Prints choice
 * submissions per second and the latency percentiles of those submissions. Run it against a server
 * started with the README's run command; see the README's "Benchmarks" section.
 *
 * <p>Arguments (system properties): {@code bench.url} (http://localhost:9080), {@code
 * bench.learners} (32), {@code bench.seconds} (30), {@code bench.warmup} (120 s: on two cores the
 * JIT needs minutes of load), {@code bench.module} (mistake-at-the-counter).
 */
public final class ChoiceBenchmark {
  private static final Logger LOG = Logger.getLogger(ChoiceBenchmark.class.getName());
  private static final ObjectMapper JSON = JsonMapper.builder().build();

  private final String base = System.getProperty("bench.url", "http://localhost:9080");
  private final int learners = Integer.getInteger("bench.learners", 32);
  private final int seconds = Integer.getInteger("bench.seconds", 30);
  private final int warmup = Integer.getInteger("bench.warmup", 120);
  private final String module = System.getProperty("bench.module", "mistake-at-the-counter");
  private final ExecutorService clientThreads = Executors.newFixedThreadPool(4);
  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .executor(clientThreads)
          .build();

  public static void main(String[] args) throws Exception {
    new ChoiceBenchmark().run();
  }

  private void run() throws Exception {
    List<String> tokens = new ArrayList<>();
    for (int i = 0; i < learners; i++) {
      tokens.add(signIn("bench-" + i + "-" + System.nanoTime()));
    }
    LOG.info(() -> "Warming up for " + warmup + " s with " + learners + " learners");
    measure(tokens, warmup);
    Result result = measure(tokens, seconds);
    LOG.info(result::report);
    clientThreads.shutdownNow();
  }

  private Result measure(List<String> tokens, int durationSeconds) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(durationSeconds).toNanos();
    List<long[]> perLearner = new ArrayList<>();
    AtomicLong failures = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(learners);
    CountDownLatch done = new CountDownLatch(learners);
    long started = System.nanoTime();
    for (String token : tokens) {
      long[] latencies = new long[2_000_000];
      perLearner.add(latencies);
      pool.execute(
          () -> {
            try {
              latencies[0] = play(token, deadline, latencies, failures);
            } finally {
              done.countDown();
            }
          });
    }
    done.await();
    pool.shutdown();
    double elapsed = (System.nanoTime() - started) / 1e9;
    return Result.of(perLearner, failures.get(), elapsed, learners);
  }

  /** Plays until the deadline; latencies[0] receives the count, the rest the nanoseconds. */
  private long play(String token, long deadline, long[] latencies, AtomicLong failures) {
    long count = 0;
    try {
      JsonNode attempt =
          post(token, "/api/attempts", "{\"moduleId\":\"" + module + "\",\"restart\":true}");
      while (System.nanoTime() < deadline && count < latencies.length - 1) {
        if (!"IN_PROGRESS".equals(attempt.path("status").asString())) {
          attempt =
              post(token, "/api/attempts", "{\"moduleId\":\"" + module + "\",\"restart\":true}");
          continue;
        }
        JsonNode choices = attempt.path("scene").path("choices");
        String choice = choices.get((int) (count % choices.size())).path("id").asString();
        String body =
            "{\"step\":" + attempt.path("step").asInt() + ",\"choiceId\":\"" + choice + "\"}";
        long t0 = System.nanoTime();
        attempt = post(token, "/api/attempts/" + attempt.path("id").asLong() + "/choices", body);
        latencies[(int) ++count] = System.nanoTime() - t0;
      }
    } catch (RuntimeException e) {
      failures.incrementAndGet();
      LOG.warning(() -> "A learner stopped: " + e.getMessage());
    }
    return count;
  }

  private String signIn(String name) {
    return post(null, "/api/dev/sign-in", "{\"name\":\"" + name + "\",\"role\":\"MANAGER\"}")
        .path("token")
        .asString();
  }

  private JsonNode post(String token, String path, String body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    try {
      HttpResponse<String> response =
          client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(
            path + " answered " + response.statusCode() + ": " + response.body());
      }
      return JSON.readTree(response.body());
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private record Result(
      long count, long failures, double seconds, long p50, long p99, long max, int learners) {
    static Result of(List<long[]> perLearner, long failures, double seconds, int learners) {
      long total = perLearner.stream().mapToLong(l -> l[0]).sum();
      long[] all = new long[(int) total];
      int at = 0;
      for (long[] latencies : perLearner) {
        System.arraycopy(latencies, 1, all, at, (int) latencies[0]);
        at += (int) latencies[0];
      }
      Arrays.sort(all);
      return new Result(
          total,
          failures,
          seconds,
          percentile(all, 0.50),
          percentile(all, 0.99),
          all.length == 0 ? 0 : all[all.length - 1],
          learners);
    }

    static long percentile(long[] sorted, double p) {
      return sorted.length == 0
          ? 0
          : sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
    }

    String report() {
      return String.format(
          "%d choice submissions by %d learners in %.1f s: %.0f/s, p50 %.2f ms, p99 %.2f ms, max %.2f ms, %d failed learners",
          count, learners, seconds, count / seconds, p50 / 1e6, p99 / 1e6, max / 1e6, failures);
    }
  }
}
