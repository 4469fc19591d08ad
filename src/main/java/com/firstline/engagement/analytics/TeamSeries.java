package com.firstline.engagement.analytics;

import java.util.Arrays;

/**
 * One unit of the panel: a team under one manager, its engagement at each wave (NaN where it is
 * missing or suppressed) with the respondent count, and the wave from which its manager counts as
 * having completed the program.
 *
 * @param cohort index (0-based) of the first wave after the manager completed; {@link #NEVER} when
 *     they did not complete within the waves observed
 */
public record TeamSeries(String unitId, int cohort, double[] score, int[] respondents) {
  public static final int NEVER = Integer.MAX_VALUE;

  public TeamSeries {
    if (score.length != respondents.length) {
      throw new IllegalArgumentException("score and respondents differ in length for " + unitId);
    }
    score = score.clone();
    respondents = respondents.clone();
  }

  public boolean observed(int wave) {
    return !Double.isNaN(score[wave]);
  }

  public double score(int wave) {
    return score[wave];
  }

  public int respondents(int wave) {
    return respondents[wave];
  }

  public int waves() {
    return score.length;
  }

  /** Mean respondents over the waves observed: the team's weight when weighting by respondents. */
  public double meanRespondents() {
    int waves = 0;
    long sum = 0;
    for (int w = 0; w < score.length; w++) {
      if (observed(w)) {
        waves++;
        sum += respondents[w];
      }
    }
    return waves == 0 ? 0 : (double) sum / waves;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TeamSeries that
        && unitId.equals(that.unitId)
        && cohort == that.cohort
        && Arrays.equals(score, that.score)
        && Arrays.equals(respondents, that.respondents);
  }

  @Override
  public int hashCode() {
    return unitId.hashCode() * 31 + Arrays.hashCode(score);
  }

  @Override
  public String toString() {
    return "TeamSeries[" + unitId + ", cohort " + cohort + "]";
  }
}
