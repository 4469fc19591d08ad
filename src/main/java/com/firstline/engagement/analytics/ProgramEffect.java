package com.firstline.engagement.analytics;

import java.util.List;

/**
 * The estimated change in team engagement (in points of favourability) after managers complete the
 * program, with its uncertainty and what entered it. When too little data entered to estimate, or
 * so little that a team could be isolated, {@link #estimable()} is false and {@link #reason()} says
 * why; the numbers are then NaN.
 *
 * @param low lower end of the 95% bootstrap percentile interval
 * @param high upper end of that interval
 * @param minimumDetectableEffect at 80% power and 5% two-sided: (z(0.975) + z(0.8)) × standard
 *     error
 * @param preTrendFlagged a wave before completion differs from 0 at the 95% level, or all of them
 *     jointly do ({@code preTrendPValue} below 0.05)
 * @param preTrendPValue the joint Wald test that every wave before completion shows no change
 * @param dipBeforeCompletion the wave just before completion fell significantly: teams enrolled
 *     after a bad wave, whose rebound would have come anyway (regression to the mean)
 */
public record ProgramEffect(
    boolean estimable,
    String reason,
    double estimate,
    double low,
    double high,
    double standardError,
    double minimumDetectableEffect,
    List<EventPoint> eventStudy,
    boolean preTrendFlagged,
    boolean dipBeforeCompletion,
    double preTrendPValue,
    Counts counts,
    DidSettings settings) {

  public ProgramEffect {
    eventStudy = List.copyOf(eventStudy);
  }

  static ProgramEffect notEstimable(String reason, Counts counts, DidSettings settings) {
    return new ProgramEffect(
        false,
        reason,
        Double.NaN,
        Double.NaN,
        Double.NaN,
        Double.NaN,
        Double.NaN,
        List.of(),
        false,
        false,
        Double.NaN,
        counts,
        settings);
  }

  /** The interval contains 0: no change is also compatible with the data. */
  public boolean intervalCoversZero() {
    return low <= 0 && high >= 0;
  }

  /**
   * One point of the event study: waves relative to completion ({@code 0} is the first wave after
   * it). Before completion each wave is compared with the wave before it (a varying base), so a
   * point below 0 there is a change the program cannot have caused.
   *
   * @param cohorts how many completion cohorts are observed at this distance
   */
  public record EventPoint(
      int relativeWave, double estimate, double low, double high, int cohorts) {
    public boolean excludesZero() {
      return low > 0 || high < 0;
    }
  }

  /**
   * What entered the estimate. A team whose manager completed later counts as a comparison team
   * before that, so treated and comparison teams may overlap.
   */
  public record Counts(
      int treatedTeams, int comparisonTeams, int cohorts, int waves, long respondents) {}
}
