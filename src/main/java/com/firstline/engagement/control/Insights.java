package com.firstline.engagement.control;

import com.firstline.engagement.analytics.ComplementarySuppression;
import com.firstline.engagement.analytics.DidSettings;
import com.firstline.engagement.analytics.Privacy;
import com.firstline.engagement.analytics.ProgramEffect;
import com.firstline.engagement.analytics.StaggeredDid;
import com.firstline.engagement.analytics.TeamSeries;
import com.firstline.engagement.control.EngagementStore.CompletionRow;
import com.firstline.engagement.control.EngagementStore.TeamWaveRow;
import com.firstline.engagement.control.Reports.CompletionView;
import com.firstline.engagement.control.Reports.EventPointView;
import com.firstline.engagement.control.Reports.ManagerView;
import com.firstline.engagement.control.Reports.ModuleArm;
import com.firstline.engagement.control.Reports.ModulesView;
import com.firstline.engagement.control.Reports.ProgramView;
import com.firstline.engagement.control.Reports.TeamSeriesView;
import com.firstline.engagement.control.Reports.TeamWaveExport;
import com.firstline.engagement.control.Reports.WavePoint;
import com.firstline.engagement.org.ManagerKey;
import com.firstline.engagement.org.Matching;
import com.firstline.engagement.org.OrgHistory;
import com.firstline.platform.errors.ProblemException;
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
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The engagement reports. Every team-wave below the minimum group size is suppressed before
 * anything is computed or shown, so no estimate, mean or export can carry it.
 */
@ApplicationScoped
@Transactional
public class Insights {
  @Inject EngagementStore store;
  @Inject EngagementSettings settings;

  /** The survey asked for, or the one with the most waves. */
  public String survey(String asked) {
    Map<String, Integer> surveys = store.surveys();
    if (asked != null && !asked.isBlank()) {
      if (!surveys.containsKey(asked)) {
        throw ProblemException.notFound("No survey '" + asked + "' has been imported.");
      }
      return asked;
    }
    return surveys.keySet().stream()
        .findFirst()
        .orElseThrow(() -> ProblemException.notFound("No survey results have been imported yet."));
  }

  public Map<String, Integer> surveys() {
    return store.surveys();
  }

  public ProgramView program(
      String askedSurvey, DidSettings.Control control, DidSettings.Weighting weighting) {
    String survey = survey(askedSurvey);
    Privacy privacy = settings.privacy();
    OrgHistory history = store.orgHistory();
    List<TeamWaveRow> rows = store.teamWaves(survey);
    List<LocalDate> waves = rows.stream().map(TeamWaveRow::waveDate).distinct().sorted().toList();
    Completions completions = completions();
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

  private Completions completions() {
    return new Completions(
        store.completions(),
        new Matching(store.people(), store.links()),
        settings.programModules());
  }

  /** One manager: their modules with dates and their teams' results over waves. */
  public ManagerView manager(String managerKey) {
    String employeeId = ManagerKey.employeeId(managerKey);
    String email = ManagerKey.email(managerKey);
    if (employeeId == null && email == null) {
      throw ProblemException.notFound("A manager is named id:<employee id> or email:<email>.");
    }
    List<String> teamIds = store.teamsLedBy(employeeId, email);
    if (teamIds.isEmpty()) {
      throw ProblemException.notFound(
          "No team in the organisation has the manager " + managerKey + ".");
    }
    OrgHistory history = store.orgHistoryOf(teamIds);
    String teamEmail =
        history.latest().values().stream()
            .filter(t -> managerKey.equals(t.managerKey()))
            .map(OrgHistory.Team::managerEmail)
            .filter(java.util.Objects::nonNull)
            .findFirst()
            .orElse(email);
    Matching matching = new Matching(store.people(), store.links());
    Matching.Match match = matching.match(managerKey, teamEmail);
    List<Long> people = match.personId() == null ? List.of() : List.of(match.personId());
    List<CompletionRow> done = store.completionsOf(people, employeeId, teamEmail);
    List<CompletionView> completions =
        done.stream()
            .distinct()
            .map(
                r ->
                    new CompletionView(
                        r.moduleId(),
                        r.completedAt(),
                        r.passed(),
                        r.score(),
                        "imported".equals(r.source())))
            .toList();
    Privacy privacy = settings.privacy();
    Map<String, List<WavePoint>> series = new TreeMap<>();
    for (TeamWaveRow row : store.teamWavesOf(teamIds)) {
      if (!managerKey.equals(history.managerAt(row.teamId(), row.waveDate()))) {
        continue;
      }
      series
          .computeIfAbsent(row.teamId() + "\u0000" + row.survey(), k -> new ArrayList<>())
          .add(point(row, privacy));
    }
    List<TeamSeriesView> views = new ArrayList<>();
    series.forEach(
        (key, points) -> {
          String teamId = key.substring(0, key.indexOf('\u0000'));
          OrgHistory.Team team = history.latest().get(teamId);
          views.add(
              new TeamSeriesView(
                  teamId,
                  team == null ? teamId : team.teamName(),
                  key.substring(key.indexOf('\u0000') + 1),
                  points));
        });
    return new ManagerView(managerKey, teamIds, completions, views, privacy.minGroupSize());
  }

  static WavePoint point(TeamWaveRow row, Privacy privacy) {
    if (!privacy.reportable(row.respondents())) {
      return new WavePoint(row.waveDate(), true, null, null, null);
    }
    return new WavePoint(
        row.waveDate(),
        false,
        row.respondents(),
        Reports.value(row.engagement() == null ? Double.NaN : row.engagement()),
        Reports.value(row.enps() == null ? Double.NaN : row.enps()));
  }

  /**
   * Every team's results, suppressed below k, and hidden further where a department's own result
   * and all but one of its teams would reveal the last by subtraction.
   */
  public List<TeamWaveExport> teamWaves(String askedSurvey) {
    String survey = survey(askedSurvey);
    Privacy privacy = settings.privacy();
    ComplementarySuppression complementary = new ComplementarySuppression(privacy);
    OrgHistory history = store.orgHistory();
    Map<LocalDate, List<TeamWaveRow>> byWave = new TreeMap<>();
    for (TeamWaveRow row : store.teamWaves(survey)) {
      byWave.computeIfAbsent(row.waveDate(), d -> new ArrayList<>()).add(row);
    }
    List<TeamWaveExport> export = new ArrayList<>();
    for (Map.Entry<LocalDate, List<TeamWaveRow>> wave : byWave.entrySet()) {
      Map<String, TeamWaveRow> rows = new HashMap<>();
      wave.getValue().forEach(r -> rows.put(r.teamId(), r));
      Set<String> hidden = new java.util.HashSet<>();
      Map<String, List<ComplementarySuppression.Part>> children = new HashMap<>();
      for (TeamWaveRow row : wave.getValue()) {
        OrgHistory.Team team = history.teamAt(row.teamId(), wave.getKey());
        if (team != null && team.parentTeamId() != null) {
          children
              .computeIfAbsent(team.parentTeamId(), p -> new ArrayList<>())
              .add(new ComplementarySuppression.Part(row.teamId(), row.respondents()));
        }
      }
      children.forEach(
          (parent, parts) -> {
            TeamWaveRow total = rows.get(parent);
            if (total == null) {
              return;
            }
            ComplementarySuppression.Outcome outcome =
                complementary.apply(total.respondents(), parts);
            parts.stream()
                .map(ComplementarySuppression.Part::id)
                .filter(id -> !outcome.visibleParts().contains(id))
                .forEach(hidden::add);
            if (!outcome.totalVisible()) {
              hidden.add(parent);
            }
          });
      for (TeamWaveRow row : wave.getValue()) {
        OrgHistory.Team team = history.teamAt(row.teamId(), wave.getKey());
        boolean suppressed =
            hidden.contains(row.teamId()) || !privacy.reportable(row.respondents());
        WavePoint point =
            suppressed
                ? new WavePoint(row.waveDate(), true, null, null, null)
                : point(row, privacy);
        export.add(
            new TeamWaveExport(
                survey,
                row.waveDate(),
                row.teamId(),
                team == null ? row.teamId() : team.teamName(),
                team == null ? null : team.parentTeamId(),
                point.suppressed(),
                point.respondents(),
                point.engagement(),
                point.enps()));
      }
    }
    return export;
  }

  /**
   * Per module, descriptive only: the change in engagement from the last wave before a manager's
   * first completion to the first wave after it, for managers who passed at that first try and for
   * those who did not. An arm with fewer than two teams or k respondents is not shown.
   */
  public ModulesView modules(String askedSurvey) {
    String survey = survey(askedSurvey);
    Privacy privacy = settings.privacy();
    OrgHistory history = store.orgHistory();
    Completions completions = completions();
    Map<String, TreeMap<LocalDate, TeamWaveRow>> byTeam = new HashMap<>();
    for (TeamWaveRow row : store.teamWaves(survey)) {
      if (privacy.reportable(row.respondents()) && row.engagement() != null) {
        byTeam.computeIfAbsent(row.teamId(), t -> new TreeMap<>()).put(row.waveDate(), row);
      }
    }
    Map<String, double[]> arms = new TreeMap<>();
    for (OrgHistory.Team team : history.everyTeam()) {
      TreeMap<LocalDate, TeamWaveRow> waves = byTeam.get(team.teamId());
      if (waves == null || team.managerKey() == null) {
        continue;
      }
      Map<String, CompletionRow> first = new LinkedHashMap<>();
      for (CompletionRow row : completions.of(team.managerKey(), team.managerEmail())) {
        first.putIfAbsent(row.moduleId(), row);
      }
      for (CompletionRow row : first.values()) {
        LocalDate day = row.completedAt().atZone(ZoneOffset.UTC).toLocalDate();
        Map.Entry<LocalDate, TeamWaveRow> before = waves.floorEntry(day);
        Map.Entry<LocalDate, TeamWaveRow> after = waves.higherEntry(day);
        if (before == null
            || after == null
            || !team.managerKey().equals(history.managerAt(team.teamId(), after.getKey()))) {
          continue;
        }
        double weight = (before.getValue().respondents() + after.getValue().respondents()) / 2.0;
        double change = after.getValue().engagement() - before.getValue().engagement();
        double[] arm =
            arms.computeIfAbsent(row.moduleId() + "\u0000" + row.passed(), k -> new double[4]);
        arm[0] += 1;
        arm[1] += before.getValue().respondents() + after.getValue().respondents();
        arm[2] += weight * change;
        arm[3] += weight;
      }
    }
    List<ModuleArm> result = new ArrayList<>();
    arms.forEach(
        (key, arm) -> {
          String module = key.substring(0, key.indexOf('\u0000'));
          boolean passed = Boolean.parseBoolean(key.substring(key.indexOf('\u0000') + 1));
          boolean shown = privacy.groupReportable((int) arm[0], (long) arm[1]);
          result.add(
              shown
                  ? new ModuleArm(
                      module,
                      passed,
                      true,
                      (int) arm[0],
                      (long) arm[1],
                      Reports.value(arm[2] / arm[3]))
                  : new ModuleArm(module, passed, false, null, null, null));
        });
    return new ModulesView(
        survey,
        "Descriptive: teams are not comparable between the arms; this is no estimate of an effect.",
        result,
        privacy.minGroupSize());
  }
}
