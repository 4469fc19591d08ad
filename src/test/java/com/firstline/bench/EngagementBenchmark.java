package com.firstline.bench;

import com.firstline.engagement.analytics.DidSettings;
import com.firstline.engagement.analytics.ProgramEffect;
import com.firstline.engagement.analytics.StaggeredDid;
import com.firstline.engagement.analytics.SyntheticOrg;
import com.firstline.engagement.analytics.TeamSeries;
import com.firstline.engagement.imports.Progress;
import com.firstline.engagement.imports.RowProblems;
import com.firstline.engagement.imports.SurveyFile;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Benchmark of the engagement computations without the server: the program report (staggered
 * difference-in-differences with its bootstrap) for {@code bench.teams} teams (10,000) over {@code
 * bench.waves} waves (12) with {@code bench.resamples} (1,000), and the reading of a response-level
 * file of {@code bench.rows} rows (1,000,000) into team-wave aggregates, with the heap it needed
 * (peak of the heap pools after the file was read). Prints figures; judges nothing. See the README.
 */
public final class EngagementBenchmark {
  private static final Logger LOG = Logger.getLogger(EngagementBenchmark.class.getName());

  private EngagementBenchmark() {}

  public static void main(String[] args) throws IOException {
    int teams = Integer.getInteger("bench.teams", 10_000);
    int waves = Integer.getInteger("bench.waves", 12);
    int resamples = Integer.getInteger("bench.resamples", 1000);
    int rows = Integer.getInteger("bench.rows", 1_000_000);

    List<TeamSeries> panel = SyntheticOrg.teams(teams).waves(waves).effect(2).seed(3).build();
    StaggeredDid did =
        new StaggeredDid(
            new DidSettings(
                DidSettings.Control.NOT_YET_TREATED,
                DidSettings.Weighting.RESPONDENTS,
                resamples,
                1));
    for (int i = 0; i < 3; i++) {
      did.estimate(waves, panel);
    }
    long best = Long.MAX_VALUE;
    ProgramEffect effect = null;
    for (int i = 0; i < 5; i++) {
      long start = System.nanoTime();
      effect = did.estimate(waves, panel);
      best = Math.min(best, System.nanoTime() - start);
    }
    long bestMillis = best / 1_000_000;
    ProgramEffect shown = effect;
    LOG.info(
        () ->
            String.format(
                "Program report: %d teams x %d waves, %d resamples, %d cores: best of 5 %d ms"
                    + " (estimate %.2f [%.2f, %.2f])",
                teams,
                waves,
                resamples,
                Runtime.getRuntime().availableProcessors(),
                bestMillis,
                shown.estimate(),
                shown.low(),
                shown.high()));

    Path file = Files.createTempFile("engagement-bench-", ".csv");
    Set<String> teamIds = new HashSet<>();
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(
          "survey,wave_date,team_id,respondent_id,q_pride,q_care,q_growth,q_voice,enps_score\n");
      for (int r = 0; r < rows; r++) {
        String team = "team-" + (r % teams);
        teamIds.add(team);
        out.write(
            "pulse,2026-0"
                + (1 + r % 4)
                + "-01,"
                + team
                + ",r"
                + r
                + ","
                + (1 + r % 5)
                + ","
                + (1 + r * 7 % 5)
                + ","
                + (1 + r * 3 % 5)
                + ","
                + (1 + r * 11 % 5)
                + ","
                + (r % 11)
                + "\n");
      }
    }
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
    long start = System.nanoTime();
    RowProblems problems = new RowProblems();
    SurveyFile.Results results;
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      results = SurveyFile.read(reader, teamIds, problems, Progress.NONE);
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    long peak =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP)
            .mapToLong(p -> p.getPeakUsage().getUsed())
            .sum();
    long size = Files.size(file);
    Files.delete(file);
    LOG.info(
        () ->
            String.format(
                "Response import: %d rows (%d MB) read and aggregated in %d ms into %d waves, %d"
                    + " problems; peak heap %d MB (max heap %d MB)",
                rows,
                size >> 20,
                millis,
                results.waves().size(),
                problems.total(),
                peak >> 20,
                Runtime.getRuntime().maxMemory() >> 20));
  }
}
