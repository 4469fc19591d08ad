package com.firstline.engagement.control;

import com.firstline.engagement.imports.CompletionFile;
import com.firstline.engagement.imports.OrgFile;
import com.firstline.engagement.imports.SurveyFile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.apache.commons.statistics.distribution.ContinuousDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * A made-up organisation for trying the Insights pages: six departments of ten teams (a few too
 * small to report), eight quarterly waves of a pulse survey, managers completing a module at
 * staggered times and a modest planted rise in engagement after they do. Every row is marked as
 * sample data, its names say so, and one call removes it all.
 */
@ApplicationScoped
@Transactional
public class SampleOrganisation {
  public static final String SURVEY = "Sample pulse survey";
  private static final int DEPARTMENTS = 6;
  private static final int TEAMS_PER_DEPARTMENT = 10;
  private static final int WAVES = 8;
  private static final double PLANTED_EFFECT = 3;

  @Inject ImportStore store;

  public boolean loaded() {
    return store.hasSample();
  }

  public String load(String moduleId) {
    store.deleteSample();
    UniformRandomProvider random = RandomSource.XO_RO_SHI_RO_128_PP.create(2026L);
    ContinuousDistribution.Sampler normal = NormalDistribution.of(0, 1).createSampler(random);
    LocalDate first = LocalDate.of(2025, 1, 15);
    List<OrgFile.Team> teams = new ArrayList<>();
    List<CompletionFile.Completion> completions = new ArrayList<>();
    Map<SurveyFile.Wave, Map<String, SurveyFile.TeamWave>> waves = new LinkedHashMap<>();
    for (int w = 0; w < WAVES; w++) {
      waves.put(new SurveyFile.Wave(SURVEY, first.plusMonths(3L * w)), new TreeMap<>());
    }
    for (int d = 1; d <= DEPARTMENTS; d++) {
      String department = "SAMPLE-D" + d;
      teams.add(new OrgFile.Team(department, "Sample department " + d, null, null, null, null));
      for (int t = 1; t <= TEAMS_PER_DEPARTMENT; t++) {
        int number = (d - 1) * TEAMS_PER_DEPARTMENT + t;
        String teamId = String.format("SAMPLE-T%03d", number);
        String employee = String.format("SAMPLE-E%03d", number);
        int size = t == TEAMS_PER_DEPARTMENT ? 4 : 6 + random.nextInt(12);
        teams.add(
            new OrgFile.Team(
                teamId,
                "Sample team " + number,
                employee,
                "sample.manager" + number + "@example.invalid",
                department,
                size));
        int cohort = random.nextDouble() < 0.7 ? 1 + random.nextInt(WAVES - 2) : Integer.MAX_VALUE;
        if (cohort != Integer.MAX_VALUE) {
          LocalDate done = first.plusMonths(3L * cohort).minusDays(20 + random.nextInt(40));
          completions.add(
              new CompletionFile.Completion(
                  employee,
                  null,
                  moduleId,
                  done.atStartOfDay(ZoneOffset.UTC).toInstant(),
                  random.nextDouble() < 0.75,
                  null));
        }
        double level = 62 + 8 * normal.sample();
        int w = 0;
        for (Map<String, SurveyFile.TeamWave> wave : waves.values()) {
          int respondents = Math.max(1, size - random.nextInt(3));
          double score = level + 30 / Math.sqrt(respondents) * normal.sample();
          score += w >= cohort ? PLANTED_EFFECT : 0;
          score = Math.max(0, Math.min(100, score));
          double enps = Math.max(-100, Math.min(100, (score - 60) * 2 + 10 * normal.sample()));
          wave.put(
              teamId,
              new SurveyFile.TeamWave(
                  size, respondents, round(score), null, round(enps), Map.of()));
          w++;
        }
      }
      // The department's own result, as a survey vendor reports it: all its teams, small ones too.
      for (Map<String, SurveyFile.TeamWave> wave : waves.values()) {
        int respondents = 0;
        double sum = 0;
        double enpsSum = 0;
        for (int t = 1; t <= TEAMS_PER_DEPARTMENT; t++) {
          SurveyFile.TeamWave team =
              wave.get(String.format("SAMPLE-T%03d", (d - 1) * TEAMS_PER_DEPARTMENT + t));
          respondents += team.respondents();
          sum += team.respondents() * team.engagement();
          enpsSum += team.respondents() * team.enps();
        }
        wave.put(
            department,
            new SurveyFile.TeamWave(
                null,
                respondents,
                round(sum / respondents),
                null,
                round(enpsSum / respondents),
                Map.of()));
      }
    }
    store.saveOrg(first.minusMonths(1), teams, true);
    store.replaceWaves(new SurveyFile.Results(SurveyFile.Shape.TEAM, waves, 0), true);
    store.addCompletions(completions, true);
    return teams.size()
        + " sample teams, "
        + WAVES
        + " waves, "
        + completions.size()
        + " completions.";
  }

  public void remove() {
    store.deleteSample();
  }

  private static double round(double v) {
    return Math.round(v * 10) / 10.0;
  }
}
