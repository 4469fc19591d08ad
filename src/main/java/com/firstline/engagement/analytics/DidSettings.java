package com.firstline.engagement.analytics;

/**
 * How the program effect is estimated.
 *
 * @param resamples bootstrap resamples of teams (1,000 by default)
 * @param seed seeds the random streams, so the same data and seed give the same interval
 */
public record DidSettings(Control control, Weighting weighting, int resamples, long seed) {
  /** Which teams a treated cohort is compared with. */
  public enum Control {
    /** Teams whose manager has not completed yet at that wave, plus those who never did. */
    NOT_YET_TREATED,
    /** Only teams whose manager never completed within the waves observed. */
    NEVER_TREATED
  }

  /** How much each team counts in the means. */
  public enum Weighting {
    /** Each team by its mean respondent count. */
    RESPONDENTS,
    /** Each team once. */
    TEAMS
  }

  public DidSettings {
    if (resamples < 50) {
      throw new IllegalArgumentException("At least 50 bootstrap resamples are needed");
    }
  }

  public static DidSettings defaults(long seed) {
    return new DidSettings(Control.NOT_YET_TREATED, Weighting.RESPONDENTS, 1000, seed);
  }
}
