package com.firstline.engagement.control;

import com.firstline.engagement.analytics.Privacy;
import com.firstline.engagement.control.EngagementStore.CompletionRow;
import com.firstline.engagement.control.EngagementStore.TeamWaveRow;
import com.firstline.engagement.control.FirstTries.FirstTry;
import com.firstline.engagement.control.Reports.GroupChange;
import com.firstline.engagement.control.Reports.ModuleArm;
import com.firstline.engagement.control.Reports.ModulesView;
import com.firstline.engagement.org.OrgHistory;
import com.firstline.scenario.analysis.BestChoices;
import com.firstline.scenario.control.ModuleCatalog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The per-module report, descriptive and never an estimate of an effect: the change in a team's
 * engagement from the last wave before its manager's first completion of a module to the first wave
 * after it, grouped by whether the manager passed on that first try, whether they took the module's
 * encouraging path on their first try, and, scene by scene, whether they took the encouraging
 * choice there. Only reportable team-waves enter (suppressed ones never do, so no difference
 * between two groups can reveal one), and a group with fewer than two teams or k respondents says
 * "too few to show".
 */
@ApplicationScoped
@Transactional
public class ModuleReport {
  static final String RULE =
      "A module's encouraging choice at a scene is the one whose paths reach the module's best"
          + " score (then the best average score), as the trainers' path analysis calls it the"
          + " best choice; the encouraging path takes it at every decision. Only attempts played"
          + " in Firstline have choices: imported completions count for 'passed' only.";

  @Inject EngagementStore store;
  @Inject EngagementSettings settings;
  @Inject Insights insights;
  @Inject FirstTries firstTries;
  @Inject ModuleCatalog catalog;

  /** One team's change around its manager's first completion of one module. */
  private record Change(
      String moduleId, boolean passed, Long personId, int respondents, double change) {}

  public ModulesView modules(String askedSurvey) {
    String survey = insights.survey(askedSurvey);
    Privacy privacy = settings.privacy();
    List<Change> changes = changes(survey, privacy);
    Map<Long, Map<String, FirstTry>> tries = firstTries.all();
    Map<Long, Map<String, Set<String>>> encouraging = new HashMap<>();
    Groups passed = new Groups();
    Groups paths = new Groups();
    Groups choices = new Groups();
    for (Change change : changes) {
      passed.add(List.of(change.moduleId(), Boolean.toString(change.passed())), change);
      FirstTry first =
          change.personId() == null
              ? null
              : tries.getOrDefault(change.personId(), Map.of()).get(change.moduleId());
      if (first == null) {
        continue;
      }
      Map<String, Set<String>> best =
          encouraging.computeIfAbsent(first.moduleVersionId(), this::encouragingChoices);
      boolean allEncouraging = true;
      for (Map.Entry<String, Set<String>> scene : best.entrySet()) {
        String taken = first.choices().get(scene.getKey());
        if (taken == null) {
          continue;
        }
        boolean good = scene.getValue().contains(taken);
        allEncouraging &= good;
        choices.add(
            List.of(
                change.moduleId(), scene.getKey(), good ? "encouraging choice" : "another choice"),
            change);
      }
      paths.add(
          List.of(change.moduleId(), allEncouraging ? "encouraging path" : "another path"), change);
    }
    List<ModuleArm> arms = new ArrayList<>();
    passed.each(
        (key, group) -> {
          boolean yes = Boolean.parseBoolean(key.get(1));
          arms.add(
              group.shown(privacy)
                  ? new ModuleArm(
                      key.get(0), yes, true, group.teams, group.respondents, group.mean())
                  : new ModuleArm(key.get(0), yes, false, null, null, null));
        });
    List<GroupChange> pathGroups = new ArrayList<>();
    paths.each((key, group) -> pathGroups.add(group.view(key.get(0), null, key.get(1), privacy)));
    List<GroupChange> choiceGroups = new ArrayList<>();
    choices.each(
        (key, group) -> choiceGroups.add(group.view(key.get(0), key.get(1), key.get(2), privacy)));
    return new ModulesView(
        survey,
        "Descriptive: teams are not comparable between the groups; this is no estimate of an"
            + " effect.",
        arms,
        pathGroups,
        choiceGroups,
        RULE,
        privacy.minGroupSize());
  }

  private Map<String, Set<String>> encouragingChoices(long moduleVersionId) {
    return catalog
        .version(moduleVersionId)
        .map(versioned -> BestChoices.of(versioned.module()))
        .orElse(Map.of());
  }

  /** Every team's change around its manager's first completion of each module. */
  private List<Change> changes(String survey, Privacy privacy) {
    OrgHistory history = store.orgHistory();
    Completions completions = Completions.load(store, settings);
    Map<String, TreeMap<LocalDate, TeamWaveRow>> byTeam = new HashMap<>();
    for (TeamWaveRow row : store.teamWaves(survey)) {
      if (privacy.reportable(row.respondents()) && row.engagement() != null) {
        byTeam.computeIfAbsent(row.teamId(), t -> new TreeMap<>()).put(row.waveDate(), row);
      }
    }
    List<Change> changes = new ArrayList<>();
    for (OrgHistory.Team team : history.everyTeam()) {
      TreeMap<LocalDate, TeamWaveRow> waves = byTeam.get(team.teamId());
      if (waves == null || team.managerKey() == null) {
        continue;
      }
      Map<String, CompletionRow> first = new LinkedHashMap<>();
      for (CompletionRow row : completions.of(team.managerKey(), team.managerEmail())) {
        first.putIfAbsent(row.moduleId(), row);
      }
      Long personId = completions.personOf(team.managerKey(), team.managerEmail());
      for (CompletionRow row : first.values()) {
        LocalDate day = row.completedAt().atZone(ZoneOffset.UTC).toLocalDate();
        Map.Entry<LocalDate, TeamWaveRow> before = waves.floorEntry(day);
        Map.Entry<LocalDate, TeamWaveRow> after = waves.higherEntry(day);
        if (before == null
            || after == null
            || !team.managerKey().equals(history.managerAt(team.teamId(), after.getKey()))) {
          continue;
        }
        changes.add(
            new Change(
                row.moduleId(),
                row.passed(),
                personId,
                before.getValue().respondents() + after.getValue().respondents(),
                after.getValue().engagement() - before.getValue().engagement()));
      }
    }
    return changes;
  }

  /** Teams' changes added up per group, each team weighted by its mean respondents. */
  private static final class Groups {
    private final Map<List<String>, Group> groups = new TreeMap<>(Groups::compare);

    void add(List<String> key, Change change) {
      groups.computeIfAbsent(key, k -> new Group()).add(change);
    }

    void each(java.util.function.BiConsumer<List<String>, Group> action) {
      groups.forEach(action);
    }

    private static int compare(List<String> a, List<String> b) {
      for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
        int c = a.get(i).compareTo(b.get(i));
        if (c != 0) {
          return c;
        }
      }
      return Integer.compare(a.size(), b.size());
    }
  }

  private static final class Group {
    int teams;
    long respondents;
    double weightedChange;
    double weight;

    void add(Change change) {
      teams++;
      respondents += change.respondents();
      double w = change.respondents() / 2.0;
      weightedChange += w * change.change();
      weight += w;
    }

    boolean shown(Privacy privacy) {
      return privacy.groupReportable(teams, respondents);
    }

    Double mean() {
      return Reports.value(weightedChange / weight);
    }

    GroupChange view(String moduleId, String sceneId, String group, Privacy privacy) {
      return shown(privacy)
          ? new GroupChange(moduleId, sceneId, group, true, teams, respondents, mean())
          : new GroupChange(moduleId, sceneId, group, false, null, null, null);
    }
  }
}
