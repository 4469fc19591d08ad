package com.firstline.engagement.control;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the engagement API answers: team-wave aggregates (suppressed ones carry no values), never a
 * response and never an entity. A number that is null was suppressed or could not be computed.
 */
public final class Reports {
  private Reports() {}

  /** A team's result at one wave; {@code suppressed} when fewer than k answered. */
  public record WavePoint(
      LocalDate waveDate,
      boolean suppressed,
      Integer respondents,
      Double engagement,
      Double enps) {}

  public record TeamSeriesView(
      String teamId, String teamName, String survey, List<WavePoint> waves) {}

  public record CompletionView(
      String moduleId, Instant completedAt, boolean passed, Integer score, boolean imported) {}

  public record ManagerView(
      String managerKey,
      List<String> teams,
      List<CompletionView> completions,
      List<TeamSeriesView> series,
      int minGroupSize) {}

  public record EventPointView(
      int relativeWave, Double estimate, Double low, Double high, int cohorts) {}

  public record ProgramView(
      String survey,
      boolean estimable,
      String reason,
      Double estimate,
      Double low,
      Double high,
      Double standardError,
      Double minimumDetectableEffect,
      List<EventPointView> eventStudy,
      boolean preTrendFlagged,
      Double preTrendPValue,
      int treatedTeams,
      int comparisonTeams,
      int cohorts,
      int waves,
      long respondents,
      int teamsWithNewManager,
      String control,
      String weighting,
      int resamples,
      long seed,
      int minGroupSize,
      List<String> caveats) {}

  /** One arm of the per-module view: teams whose manager passed on the first try, or not. */
  public record ModuleArm(
      String moduleId,
      boolean passedFirstTry,
      boolean shown,
      Integer teams,
      Long respondents,
      Double meanChange) {}

  /**
   * One group of teams in a descriptive comparison around their manager's first completion of a
   * module: by the path the manager took on their first try ({@code sceneId} null), or by the
   * choice they took at one scene. Numbers are null when the group is too small to show.
   *
   * @param group "encouraging path", "another path", "encouraging choice" or "another choice"
   */
  public record GroupChange(
      String moduleId,
      String sceneId,
      String group,
      boolean shown,
      Integer teams,
      Long respondents,
      Double meanChange) {}

  public record ModulesView(
      String survey,
      String label,
      List<ModuleArm> arms,
      List<GroupChange> paths,
      List<GroupChange> choices,
      String encouragingRule,
      int minGroupSize) {}

  public record TeamWaveExport(
      String survey,
      LocalDate waveDate,
      String teamId,
      String teamName,
      String parentTeamId,
      boolean suppressed,
      Integer respondents,
      Double engagement,
      Double enps) {}

  public record ManagerMatch(
      String managerKey, String teams, String status, Long personId, List<String> candidates) {}

  public record PersonWithoutTeam(
      long personId, String displayName, String email, String employeeId) {}

  public record Reconciliation(
      List<ManagerMatch> managers, List<PersonWithoutTeam> peopleWithoutTeam) {}

  static Double value(double v) {
    return Double.isNaN(v) || Double.isInfinite(v) ? null : Math.round(v * 100) / 100.0;
  }
}
