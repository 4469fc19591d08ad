package com.firstline.engagement.analytics;

/**
 * The minimum reporting group: a team-wave with fewer respondents than {@code k} is never shown,
 * exported or charted, and is left out of every estimate and aggregate, so nothing derived can
 * reveal it. {@code k} is configured ({@code engagement.min-group-size}, 5) but never below 3.
 */
public record Privacy(int minGroupSize) {
  public static final int FLOOR = 3;
  public static final int DEFAULT = 5;

  public Privacy {
    if (minGroupSize < FLOOR) {
      throw new IllegalArgumentException(
          "engagement.min-group-size must be at least " + FLOOR + ", was " + minGroupSize);
    }
  }

  /** A configured value below the floor is raised to it rather than refused at startup. */
  public static Privacy atLeastFloor(int configured) {
    return new Privacy(Math.max(FLOOR, configured));
  }

  public boolean reportable(int respondents) {
    return respondents >= minGroupSize;
  }

  /**
   * Whether a group (a filter, a program arm, a department) may be shown: it must hold at least k
   * respondents and at least two teams, so that no single team can be read off it, nor off the
   * difference between it and a neighbouring group.
   */
  public boolean groupReportable(int teams, long respondents) {
    return teams >= 2 && respondents >= minGroupSize;
  }
}
