package com.firstline.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.logging.Logger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The engagement reports through a running server (database reads included): loads {@code
 * bench.managers} teams (10,000), each with its own manager, by the organisation's JSON API, a
 * team-level survey of {@code bench.waves} waves (12) and staggered completions for half of the
 * managers by the CSV imports, then times the manager view for {@code bench.views} (300) random
 * managers after a warm-up, and the program report (1,000 resamples, the server's default) a few
 * times. Times are round trips on the same machine, so the server's own share is at most that.
 * Needs a server with the development sign-in (the Maven-run server has it). Every run adds its own
 * organisation and survey ({@code bench-<run>}) to that server's database. Prints figures.
 */
public final class EngagementServerBenchmark {
  private static final Logger LOG = Logger.getLogger(EngagementServerBenchmark.class.getName());
  private static final ObjectMapper JSON = JsonMapper.builder().build();

  private final String base = System.getProperty("bench.url", "http://localhost:9080");
  private final int managers = Integer.getInteger("bench.managers", 10_000);
  private final int waves = Integer.getInteger("bench.waves", 12);
  private final int views = Integer.getInteger("bench.views", 300);
  private final String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36);
  private final HttpClient client =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private String token;

  private EngagementServerBenchmark() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    new EngagementServerBenchmark().measure();
  }

  private void measure() throws IOException, InterruptedException {
    token =
        JSON.readTree(
                send(
                    "POST",
                    "/api/dev/sign-in",
                    "application/json",
                    "{\"name\":\"bench-hr\",\"role\":\"ADMIN\"}"))
            .path("token")
            .asString();
    long start = System.nanoTime();
    StringBuilder org = new StringBuilder("{\"asOf\":\"2024-01-01\",\"teams\":[");
    for (int m = 0; m < managers; m++) {
      org.append(m == 0 ? "" : ",")
          .append("{\"team_id\":\"B")
          .append(run)
          .append('-')
          .append(m)
          .append("\",\"team_name\":\"Bench team ")
          .append(m)
          .append("\",\"manager_employee_id\":\"BE")
          .append(run)
          .append('-')
          .append(m)
          .append("\",\"headcount\":12}");
    }
    send("POST", "/api/engagement/org", "application/json", org.append("]}").toString());
    long orgMillis = (System.nanoTime() - start) / 1_000_000;

    SplittableRandom random = new SplittableRandom(7);
    String survey = "bench-" + run;
    StringBuilder results =
        new StringBuilder("survey,wave_date,team_id,invited,responded,engagement,enps\n");
    StringBuilder completions =
        new StringBuilder("employee_id,email,module_id,completed_at,passed,score\n");
    for (int m = 0; m < managers; m++) {
      int cohort = m % 2 == 0 ? 1 + random.nextInt(waves - 1) : Integer.MAX_VALUE;
      double level = 55 + random.nextGaussian() * 8;
      for (int w = 0; w < waves; w++) {
        int size = 5 + random.nextInt(10);
        double score = level + w * 0.2 + (w >= cohort ? 2 : 0) + random.nextGaussian() * 3;
        results
            .append(survey)
            .append(',')
            .append(waveDate(w))
            .append(",B")
            .append(run)
            .append('-')
            .append(m)
            .append(',')
            .append(size + 2)
            .append(',')
            .append(size)
            .append(',')
            .append(String.format(java.util.Locale.ROOT, "%.1f", Math.max(0, Math.min(100, score))))
            .append(",10\n");
      }
      if (cohort != Integer.MAX_VALUE) {
        completions
            .append("BE")
            .append(run)
            .append('-')
            .append(m)
            .append(",,mistake-at-the-counter,")
            .append(waveDate(cohort - 1).plusDays(20))
            .append(",true,80\n");
      }
    }
    start = System.nanoTime();
    importAndWait("survey", results.toString());
    long surveyMillis = (System.nanoTime() - start) / 1_000_000;
    importAndWait("completions", completions.toString());
    LOG.info(
        String.format(
            "Loaded %d teams (JSON, %d ms) and %d team-waves (CSV import, %d ms)",
            managers, orgMillis, managers * waves, surveyMillis));

    for (int i = 0; i < views; i++) {
      managerView(random.nextInt(managers));
    }
    long[] times = new long[views];
    for (int i = 0; i < views; i++) {
      times[i] = managerView(random.nextInt(managers));
    }
    Arrays.sort(times);
    LOG.info(
        String.format(
            "Manager view (%d managers x %d waves), %d views after as many warm-up views: p50 %.1f"
                + " ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms",
            managers,
            waves,
            views,
            times[views / 2] / 1e6,
            times[(int) (views * 0.95)] / 1e6,
            times[(int) (views * 0.99)] / 1e6,
            times[views - 1] / 1e6));

    long best = Long.MAX_VALUE;
    String program = "";
    for (int i = 0; i < 5; i++) {
      long t = System.nanoTime();
      program = send("GET", "/api/engagement/program?survey=" + survey, null, null);
      best = Math.min(best, System.nanoTime() - t);
      if (i == 0) {
        LOG.info(
            String.format("Program report, first call: %.0f ms", (System.nanoTime() - t) / 1e6));
      }
    }
    // The report's own estimate and interval are top-level fields; each point of its event study
    // carries an estimate, low and high of its own, which are not the program effect's.
    JsonNode report = JSON.readTree(program);
    LOG.info(
        String.format(
            "Program report (%d teams x %d waves, %d resamples): best of 5 %.0f ms; %s",
            managers,
            waves,
            report.path("resamples").asInt(),
            best / 1e6,
            report.path("estimable").asBoolean()
                ? String.format(
                    java.util.Locale.ROOT,
                    "estimate %.2f points, 95%% interval [%.2f, %.2f], standard error %.2f, from %d"
                        + " treated and %d comparison teams",
                    report.path("estimate").asDouble(),
                    report.path("low").asDouble(),
                    report.path("high").asDouble(),
                    report.path("standardError").asDouble(),
                    report.path("treatedTeams").asInt(),
                    report.path("comparisonTeams").asInt())
                : "not estimable: " + report.path("reason").asString()));
  }

  private long managerView(int m) throws IOException, InterruptedException {
    long start = System.nanoTime();
    send("GET", "/api/engagement/managers/id:BE" + run + "-" + m, null, null);
    return System.nanoTime() - start;
  }

  private static java.time.LocalDate waveDate(int w) {
    return java.time.LocalDate.of(2024, 2, 1).plusMonths(w);
  }

  private void importAndWait(String kind, String csv) throws IOException, InterruptedException {
    String id =
        JSON.readTree(
                send(
                    "POST",
                    "/api/engagement/imports?kind=" + kind + "&fileName=bench.csv",
                    "text/csv",
                    csv))
            .path("id")
            .asString();
    while (true) {
      String answer = send("GET", "/api/engagement/imports/" + id, null, null);
      String status = JSON.readTree(answer).path("status").asString();
      if (!status.equals("running")) {
        if (!status.equals("done")) {
          throw new IllegalStateException("Import failed: " + answer);
        }
        return;
      }
      Thread.sleep(500);
    }
  }

  private String send(String method, String path, String type, String body)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", type)
          .method(method, HttpRequest.BodyPublishers.ofString(body));
    }
    HttpResponse<String> response =
        client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() >= 300) {
      throw new IllegalStateException(
          method + " " + path + ": " + response.statusCode() + " " + response.body());
    }
    return response.body();
  }
}
