package com.firstline.engagement.control;

import com.firstline.engagement.analytics.DidSettings;
import com.firstline.engagement.analytics.Privacy;
import com.firstline.engagement.analytics.ProgramEffect;
import com.firstline.engagement.analytics.StaggeredDid;
import com.firstline.engagement.analytics.TeamSeries;
import com.firstline.engagement.control.EngagementStore.TeamWaveRow;
import com.firstline.engagement.control.Reports.EventPointView;
import com.firstline.engagement.control.Reports.ProgramView;
import com.firstline.engagement.org.OrgHistory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The program effect: every team-wave of a survey read in one query, those below the minimum group
 * size left out before anything is computed, teams laid out as units (a team under a new manager is
 * a new unit) and handed to the staggered difference-in-differences, with the caveats in words.
 */
@ApplicationScoped
@Transactional
public class ProgramReport {
  @Inject EngagementStore store;
  @Inject EngagementSettings settings;
  @Inject Insights insights;

  public ProgramView program(
      String askedSurvey, DidSettings.Control control, DidSettings.Weighting weighting) {
    String survey = insights.survey(askedSurvey);
    Privacy privacy = settings.privacy();
    OrgHistory history = store.orgHistory();
    List<TeamWaveRow> rows = store.teamWaves(survey);
    List<LocalDate> waves = rows.stream().map(TeamWaveRow::waveDate).distinct().sorted().toList();
    Completions completions = Completions.load(store, settings);
    Map<String, double[]> scores = new LinkedHashMap<>();
    Map<String, int[]> respondents = new HashMap<>();
    Map<String, Integer> cohorts = new HashMap<>();
    Map<String, Set<String>> unitsOfTeam = new HashMap<>();
    for (TeamWaveRow row : rows) {
      OrgHistory.Team team = history.teamAt(row.teamId(), row.waveDate());
      String managerKey = team == null ? null : team.managerKey();
      if (managerKey == null
          || !privacy.reportable(row.respondents())
          || row.engagement() == null) {
        continue;
      }
      // A team under a new manager is a new unit: it does not carry the previous one's completion.
      String unit = row.teamId() + "|" + managerKey;
      unitsOfTeam.computeIfAbsent(row.teamId(), t -> new TreeSet<>()).add(unit);
      int wave = waves.indexOf(row.waveDate());
      scores.computeIfAbsent(unit, u -> nan(waves.size()))[wave] = row.engagement();
      respondents.computeIfAbsent(unit, u -> new int[waves.size()])[wave] = row.respondents();
      cohorts.computeIfAbsent(
          unit,
          u -> cohort(completions.programCompletedAt(managerKey, team.managerEmail()), waves));
    }
    List<TeamSeries> units = new ArrayList<>();
    scores.forEach(
        (unit, score) ->
            units.add(new TeamSeries(unit, cohorts.get(unit), score, respondents.get(unit))));
    DidSettings did = new DidSettings(control, weighting, settings.resamples(), settings.seed());
    ProgramEffect effect = new StaggeredDid(did).estimate(waves.size(), units);
    int newManagers = (int) unitsOfTeam.values().stream().filter(u -> u.size() > 1).count();
    return view(survey, effect, newManagers, privacy);
  }

  private static ProgramView view(
      String survey, ProgramEffect effect, int newManagers, Privacy privacy) {
    List<String> caveats = new ArrayList<>();
    caveats.add(
        "This is not a randomised trial: managers chose or were chosen to take the program, and"
            + " teams that differ in ways the comparison cannot see may have changed anyway.");
    caveats.add(
        "Team-waves with fewer than "
            + privacy.minGroupSize()
            + " respondents are left out of everything, estimate included. They are not left out at"
            + " random: small and struggling teams drop out more often.");
    caveats.add(
        "If low-scoring teams were enrolled first, part of their rise is the rebound any low score"
            + " tends to make (regression to the mean).");
    if (effect.dipBeforeCompletion()) {
      caveats.add(
          "Warning: engagement fell in the wave just before completion and rose after it. That is"
              + " the pattern of enrolling teams after a bad wave; part of the rise would have come"
              + " anyway.");
    }
    if (effect.preTrendFlagged()) {
      caveats.add(
          "Warning: teams already moved differently before completion (pre-trend test failed), so"
              + " the comparison teams are not a good stand-in for what would have happened.");
    }
    if (newManagers > 0) {
      caveats.add(
          newManagers
              + " teams changed manager; each counts as a new team from the change on, carrying"
              + " only its new manager's completion.");
    }
    List<EventPointView> events =
        effect.eventStudy().stream()
            .map(
                p ->
                    new EventPointView(
                        p.relativeWave(),
                        Reports.value(p.estimate()),
                        Reports.value(p.low()),
                        Reports.value(p.high()),
                        p.cohorts()))
            .toList();
    ProgramEffect.Counts counts = effect.counts();
    return new ProgramView(
        survey,
        effect.estimable(),
        effect.reason(),
        Reports.value(effect.estimate()),
        Reports.value(effect.low()),
        Reports.value(effect.high()),
        Reports.value(effect.standardError()),
        Reports.value(effect.minimumDetectableEffect()),
        events,
        effect.preTrendFlagged(),
        Reports.value(effect.preTrendPValue()),
        counts.treatedTeams(),
        counts.comparisonTeams(),
        counts.cohorts(),
        counts.waves(),
        counts.respondents(),
        newManagers,
        effect.settings().control().name(),
        effect.settings().weighting().name(),
        effect.settings().resamples(),
        effect.settings().seed(),
        privacy.minGroupSize(),
        caveats);
  }

  /** The index of the first wave after completion; NEVER without one. */
  private static int cohort(Instant completedAt, List<LocalDate> waves) {
    if (completedAt == null) {
      return TeamSeries.NEVER;
    }
    for (int w = 0; w < waves.size(); w++) {
      if (waves.get(w).atStartOfDay(ZoneOffset.UTC).toInstant().isAfter(completedAt)) {
        return w;
      }
    }
    return TeamSeries.NEVER;
  }

  private static double[] nan(int length) {
    double[] values = new double[length];
    java.util.Arrays.fill(values, Double.NaN);
    return values;
  }
}
