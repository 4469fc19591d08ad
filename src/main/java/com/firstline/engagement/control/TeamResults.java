package com.firstline.engagement.control;

import com.firstline.engagement.analytics.ComplementarySuppression;
import com.firstline.engagement.analytics.Privacy;
import com.firstline.engagement.control.EngagementStore.TeamWaveRow;
import com.firstline.engagement.control.Reports.TeamWaveExport;
import com.firstline.engagement.control.Reports.WavePoint;
import com.firstline.engagement.org.OrgHistory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Every team's results at each wave of a survey, as the table and its CSV export show them. */
@ApplicationScoped
@Transactional
public class TeamResults {
  @Inject EngagementStore store;
  @Inject EngagementSettings settings;
  @Inject Insights insights;

  /**
   * Every team's results, suppressed below k, and hidden further where a department's own result
   * and all but one of its teams would reveal the last by subtraction.
   */
  public List<TeamWaveExport> teamWaves(String askedSurvey) {
    String survey = insights.survey(askedSurvey);
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
                : Insights.point(row, privacy);
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
}
