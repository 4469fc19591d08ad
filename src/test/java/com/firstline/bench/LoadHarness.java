package com.firstline.bench;

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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The load harness: plays several LMSs against a running Firstline (each with its own keys, JWKS,
 * AGS and NRPS services, registered through the admin API) and runs the realistic mix: managers
 * launched from their course play a module to its end, their completions become grade posts to the
 * LMS, and trainers launch and open the course's board. Each phase prints throughput and p50 / p95
 * / p99 per step, and the server's CPU milliseconds per launch and per choice read from the
 * server's own {@code /metrics} (process CPU time before and after the phase divided by the count),
 * so that a figure means the same on any machine. See the README's "Benchmarks".
 *
 * <p>Modes ({@code bench.mode}): {@code measure} (default): warm-up, then a launch phase, a choice
 * phase and a mixed phase; {@code soak}: warm-up, a mixed phase at full speed to find the maximum,
 * then the mix at half that rate for {@code bench.soak-minutes}, sampling the heap every 30 s.
 *
 * <p>Other system properties: {@code bench.url} (http://localhost:9080), {@code bench.admin-token}
 * (else {@code LTI_ADMIN_TOKEN}), {@code bench.metrics-user} / {@code bench.metrics-password} (when
 * {@code /metrics} is protected), {@code bench.platforms} (3), {@code bench.workers} (32), {@code
 * bench.warmup} (90 s), {@code bench.seconds} (30 per phase), {@code bench.trainer-share} (0.1 of
 * visits are a trainer's), {@code bench.module} (mistake-at-the-counter).
 */
public final class LoadHarness {
  private static final Logger LOG = Logger.getLogger(LoadHarness.class.getName());
  private static final ObjectMapper JSON = JsonMapper.builder().build();
  private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
  private static final int COURSES = 4;

  /** Which worker a thread is; a worker launches only its own people, as one browser would. */
  private static final ThreadLocal<Integer> WORKER = ThreadLocal.withInitial(() -> 0);

  /** People per worker in each course, so that no two workers ever play as the same person. */
  private static final int PEOPLE_PER_WORKER = 2;

  private final String base = System.getProperty("bench.url", "http://localhost:9080");
  private final String mode = System.getProperty("bench.mode", "measure");
  private final int platformCount = Integer.getInteger("bench.platforms", 3);
  private final int workers = Integer.getInteger("bench.workers", 32);
  private final int warmup = Integer.getInteger("bench.warmup", 90);
  private final int seconds = Integer.getInteger("bench.seconds", 30);
  private final int soakMinutes = Integer.getInteger("bench.soak-minutes", 10);
  private final double trainerShare =
      Double.parseDouble(System.getProperty("bench.trainer-share", "0.1"));
  private final String module = System.getProperty("bench.module", "mistake-at-the-counter");
  private final String adminToken =
      System.getProperty("bench.admin-token", System.getenv().getOrDefault("LTI_ADMIN_TOKEN", ""));
  private final ExecutorService clientThreads = Executors.newFixedThreadPool(8);
  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .followRedirects(HttpClient.Redirect.NEVER)
          .executor(clientThreads)
          .build();
  private final ServerMetrics metrics =
      new ServerMetrics(
          client,
          base,
          System.getProperty("bench.metrics-user"),
          System.getProperty("bench.metrics-password", ""));
  private final List<Lms> lmss = new ArrayList<>();
  private final List<Long> registrations = new ArrayList<>();
  private final AtomicLong completions = new AtomicLong();

  /** When the running phase ends (System.nanoTime()), for visits that loop within one phase. */
  private volatile long phaseDeadline;

  public static void main(String[] args) throws InterruptedException {
    LoadHarness harness = new LoadHarness();
    try {
      harness.run();
    } finally {
      harness.close();
    }
  }

  private void run() throws InterruptedException {
    metrics.read(); // fails early, with advice, when /metrics cannot be read
    for (int i = 0; i < platformCount; i++) {
      Lms lms = new Lms("bench-lms-" + i, base, module, COURSES, workers * PEOPLE_PER_WORKER);
      lmss.add(lms);
      registrations.add(register(lms));
    }
    print(
        "%d LMSs registered, %d courses each; %d workers; warming up for %d s",
        platformCount, COURSES, workers, warmup);
    phase("warm-up", warmup, this::visit, 0);
    if (mode.equals("soak")) {
      soak();
    } else {
      measure();
    }
    awaitGrades();
  }

  private void measure() throws InterruptedException {
    Phase launches = phase("launches", seconds, steps -> launch(steps, false) != null, 0);
    launches.report(
        "launches", launches.steps.count("player page"), "CPU per launch (login, launch, page)");
    Phase choices = phase("choices", seconds, this::playUntilTheEnd, 0);
    choices.report("choices", choices.steps.count("choice"), "CPU per choice");
    Phase mix = phase("mix", seconds, this::visit, 0);
    mix.report("visits", mix.visits, "CPU per visit (a launch and a whole play, or a board)");
  }

  private void soak() throws InterruptedException {
    Phase max = phase("maximum", seconds, this::visit, 0);
    max.report("visits", max.visits, "CPU per visit");
    double rate = max.visits / max.seconds / 2;
    print("Soak: %.1f visits/s (half the maximum) for %d minutes", rate, soakMinutes);
    Phase soak = phase("soak", soakMinutes * 60, this::visit, rate);
    soak.report("visits", soak.visits, "CPU per visit");
  }

  /** What a worker does once: answers whether it was one whole visit. */
  @FunctionalInterface
  private interface Visit {
    boolean once(Steps steps);
  }

  /** The outcome of a phase: its steps, whole visits, elapsed time and the server's figures. */
  private final class Phase {
    final Steps steps = new Steps();
    final List<String> heapSeries = new ArrayList<>();
    final String name;
    long visits;
    double seconds;
    ServerMetrics.Reading before;
    ServerMetrics.Reading after;

    Phase(String name) {
      this.name = name;
    }

    void report(String unit, long count, String cpuLabel) {
      print(
          "%n== %s: %d %s in %.1f s = %.1f/s, %d failed; server heap %.0f of %.0f MB%n%s",
          name,
          count,
          unit,
          seconds,
          count / seconds,
          steps.failures(),
          after.usedHeap() / 1e6,
          after.maxHeap() / 1e6,
          steps.report(seconds));
      print(
          "%s: %.2f ms of server CPU (%.0f ms over %d)%n",
          cpuLabel,
          after.cpuMillisSince(before) / Math.max(1, count),
          after.cpuMillisSince(before),
          count);
      if (!heapSeries.isEmpty()) {
        print("heap used every 30 s (MB): %s", String.join(" ", heapSeries));
      }
    }
  }

  /**
   * Runs {@code visit} on every worker for this long; with {@code rate} > 0, paced to that many
   * visits per second in total, sampling the heap every 30 s.
   */
  private Phase phase(String name, int durationSeconds, Visit visit, double rate)
      throws InterruptedException {
    Phase phase = new Phase(name);
    long deadline = System.nanoTime() + Duration.ofSeconds(durationSeconds).toNanos();
    phaseDeadline = deadline;
    AtomicLong visits = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(workers);
    CountDownLatch done = new CountDownLatch(workers);
    long intervalNanos = rate > 0 ? (long) (workers / rate * 1e9) : 0;
    phase.before = metrics.read();
    long started = System.nanoTime();
    for (int i = 0; i < workers; i++) {
      int worker = i;
      pool.execute(
          () -> {
            WORKER.set(worker);
            try {
              long next = System.nanoTime();
              while (System.nanoTime() < deadline) {
                if (visit.once(phase.steps)) {
                  visits.incrementAndGet();
                }
                if (intervalNanos > 0) {
                  next += intervalNanos;
                  sleepUntil(Math.min(next, deadline));
                }
              }
            } finally {
              done.countDown();
            }
          });
    }
    while (!done.await(
        rate > 0 ? 30 : durationSeconds + 60L, java.util.concurrent.TimeUnit.SECONDS)) {
      if (rate > 0) {
        phase.heapSeries.add(String.format("%.0f", metrics.read().usedHeap() / 1e6));
      }
    }
    pool.shutdown();
    phase.seconds = (System.nanoTime() - started) / 1e9;
    phase.after = metrics.read();
    phase.visits = visits.get();
    return phase;
  }

  /** A manager's or (by the trainer share) a trainer's visit, from a random LMS and course. */
  private boolean visit(Steps steps) {
    if (ThreadLocalRandom.current().nextDouble() < trainerShare) {
      String session = launch(steps, true);
      return session != null
          && call(steps, "board", "GET", "/api/board?moduleId=" + module, session, null) != null;
    }
    String session = launch(steps, false);
    return session != null && playToTheEnd(steps, session);
  }

  /** Plays again and again with one session until the phase ends (a phase of choices only). */
  private boolean playUntilTheEnd(Steps steps) {
    String session = launch(new Steps(), false);
    while (session != null && System.nanoTime() < phaseDeadline && playToTheEnd(steps, session)) {
      // each play counts its choices
    }
    return false;
  }

  private boolean playToTheEnd(Steps steps, String session) {
    JsonNode attempt =
        call(
            steps,
            "attempt start",
            "POST",
            "/api/attempts",
            session,
            "{\"moduleId\":\"" + module + "\",\"restart\":true}");
    for (int n = 0; attempt != null; n++) {
      if (!"IN_PROGRESS".equals(attempt.path("status").asString())) {
        completions.incrementAndGet();
        return true;
      }
      JsonNode choices = attempt.path("scene").path("choices");
      String choice =
          choices.get(ThreadLocalRandom.current().nextInt(choices.size())).path("id").asString();
      attempt =
          call(
              steps,
              "choice",
              "POST",
              "/api/attempts/" + attempt.path("id").asLong() + "/choices",
              session,
              "{\"step\":" + attempt.path("step").asInt() + ",\"choiceId\":\"" + choice + "\"}");
    }
    return false;
  }

  /**
   * A launch as a browser makes it: our login (302 to the LMS with state and nonce), the LMS's
   * signed id_token posted back with the state cookie (302 with the session), and the page it leads
   * to. Answers the session token, or null when a hop failed.
   */
  private String launch(Steps steps, boolean trainer) {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    Lms lms = lmss.get(random.nextInt(lmss.size()));
    String course = lms.courses.get(random.nextInt(lms.courses.size()));
    int worker = WORKER.get();
    String subject =
        trainer
            ? course + "-trainer-" + worker
            : Lms.learner(course, worker + workers * random.nextInt(PEOPLE_PER_WORKER));
    String login =
        base
            + "/lti/login?iss="
            + encode(lms.platform.issuer())
            + "&login_hint="
            + encode(subject)
            + "&target_link_uri="
            + encode(base + "/lti/launch")
            + "&client_id="
            + Lms.CLIENT
            + "&lti_deployment_id="
            + Lms.DEPLOYMENT;
    HttpResponse<String> loggedIn = hop(steps, "login", 302, get(login));
    if (loggedIn == null) {
      return null;
    }
    Map<String, String> auth = query(loggedIn.headers().firstValue("Location").orElseThrow());
    String idToken =
        trainer
            ? lms.instructorToken(course, subject, auth.get("nonce"))
            : lms.learnerToken(course, subject, auth.get("nonce"));
    HttpRequest launch =
        HttpRequest.newBuilder(URI.create(base + "/lti/launch"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header(
                "Cookie", loggedIn.headers().firstValue("Set-Cookie").orElse("").split(";", 2)[0])
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "id_token=" + encode(idToken) + "&state=" + encode(auth.get("state"))))
            .build();
    HttpResponse<String> launched = hop(steps, "launch", 302, launch);
    if (launched == null) {
      return null;
    }
    String location = launched.headers().firstValue("Location").orElseThrow();
    int fragment = location.indexOf("#session=");
    String page = location.substring(0, fragment);
    HttpResponse<String> shown =
        hop(
            steps,
            trainer ? "trainer page" : "player page",
            200,
            get(page.startsWith("/") ? base + page : page));
    return shown == null ? null : location.substring(fragment + "#session=".length());
  }

  private JsonNode call(
      Steps steps, String step, String method, String path, String session, String json) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Authorization", "Bearer " + session)
            .header("Content-Type", "application/json")
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json))
            .build();
    HttpResponse<String> response = hop(steps, step, 200, request);
    return response == null ? null : JSON.readTree(response.body());
  }

  /** One measured request; a wrong status or a broken connection counts as a failure of it. */
  private HttpResponse<String> hop(Steps steps, String step, int expected, HttpRequest request) {
    long t0 = System.nanoTime();
    try {
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != expected) {
        steps.fail(step);
        if (steps.failures() <= 5) {
          print("%s answered %d: %.300s", step, response.statusCode(), response.body());
        }
        return null;
      }
      steps.add(step, System.nanoTime() - t0);
      return response;
    } catch (IOException e) {
      steps.fail(step);
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  /** Waits (at most 2 minutes) for the grade posts of the completions to reach the LMSs. */
  private void awaitGrades() throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    int received = 0;
    while (System.nanoTime() < deadline) {
      int now = lmss.stream().mapToInt(Lms::scoresReceived).sum();
      if (now == received && now > 0) {
        break; // nothing more arrived in the last 10 s
      }
      received = now;
      Thread.sleep(10_000);
    }
    print(
        "%n%d completions; the LMSs received %d grade posts (a score still waiting when a newer one"
            + " of the same person and link arrives is replaced by it)",
        completions.get(), lmss.stream().mapToInt(Lms::scoresReceived).sum());
  }

  private long register(Lms lms) {
    HttpResponse<String> created =
        send(admin("POST", "/api/admin/lti/registrations", lms.registration()));
    if (created.statusCode() != 201) {
      throw new IllegalStateException(
          "Registering an LMS answered "
              + created.statusCode()
              + " (start the server with LTI_ADMIN_TOKEN and pass the same token as"
              + " -Dbench.admin-token): "
              + created.body());
    }
    Matcher id = ID.matcher(created.body());
    if (!id.find()) {
      throw new IllegalStateException("No registration id in " + created.body());
    }
    return Long.parseLong(id.group(1));
  }

  private void close() {
    for (long id : registrations) {
      send(admin("DELETE", "/api/admin/lti/registrations/" + id, null));
    }
    lmss.forEach(Lms::close);
    clientThreads.shutdownNow();
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

  private static HttpRequest get(String uri) {
    return HttpRequest.newBuilder(URI.create(uri)).GET().build();
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

  private static void sleepUntil(long nanoTime) {
    long wait = nanoTime - System.nanoTime();
    if (wait > 0) {
      try {
        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static void print(String format, Object... args) {
    String line = String.format(format, args);
    LOG.info(() -> line);
  }
}
