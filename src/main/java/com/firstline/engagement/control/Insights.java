package com.firstline.engagement.control;

import com.firstline.engagement.analytics.Privacy;
import com.firstline.engagement.control.EngagementStore.CompletionRow;
import com.firstline.engagement.control.EngagementStore.TeamWaveRow;
import com.firstline.engagement.control.Reports.CompletionView;
import com.firstline.engagement.control.Reports.ManagerView;
import com.firstline.engagement.control.Reports.TeamSeriesView;
import com.firstline.engagement.control.Reports.WavePoint;
import com.firstline.engagement.org.ManagerKey;
import com.firstline.engagement.org.Matching;
import com.firstline.engagement.org.OrgHistory;
import com.firstline.platform.errors.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The surveys, and one manager's view: their modules with dates and their teams over waves. Every
 * team-wave below the minimum group size is suppressed before anything is shown; the other reports
 * ({@link ProgramReport}, {@link TeamResults}, {@link ModuleReport}) do the same.
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
    List<String> ids = employeeId == null ? List.of() : List.of(employeeId);
    List<String> emails = teamEmail == null ? List.of() : List.of(teamEmail);
    Matching matching = new Matching(store.peopleWith(ids, emails), store.links());
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
}
