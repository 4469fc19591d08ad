package com.firstline.engagement.analytics;

import com.firstline.engagement.analytics.ProgramEffect.Counts;
import com.firstline.engagement.analytics.ProgramEffect.EventPoint;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Staggered-adoption difference-in-differences in the manner of Callaway and Sant'Anna (2021).
 *
 * <p>For each cohort g (teams whose manager completed between wave g−1 and wave g) and each wave t
 * ≥ g, the group-time effect is the cohort's mean change from wave g−1 to t minus the comparison
 * teams' mean change over the same waves; comparison teams are those not yet treated at t (or only
 * those never treated). Only teams observed at both waves enter a difference. Effects are averaged
 * with each cell weighted by the (respondent- or team-) weight of its cohort, both overall and by
 * distance from completion (the event study). Waves before completion are compared with the wave
 * before them, as placebo effects. A plain two-way fixed-effects regression is deliberately not
 * used: with staggered timing it weighs some comparisons negatively.
 *
 * <p>Uncertainty comes from resampling teams with replacement (each with its whole history) and
 * recomputing everything; each resample draws from its own stream split off one seeded generator,
 * so resamples run in parallel and the result depends on the seed only.
 */
public final class StaggeredDid {
  private static final double Z_975 =
      NormalDistribution.of(0, 1).inverseCumulativeProbability(0.975);
  private static final double Z_80 = NormalDistribution.of(0, 1).inverseCumulativeProbability(0.8);

  private final DidSettings settings;

  public StaggeredDid(DidSettings settings) {
    this.settings = settings;
  }

  /** Estimates the program effect over {@code waves} waves from teams' series. */
  public ProgramEffect estimate(int waves, List<TeamSeries> teams) {
    DidDesign design = new DidDesign(waves, teams, settings);
    Counts counts = design.counts();
    if (counts.treatedTeams() < 2 || counts.comparisonTeams() < 2) {
      return ProgramEffect.notEstimable(
          "Too few teams to compare: at least two treated and two comparison teams with waves"
              + " before and after completion are needed.",
          counts,
          settings);
    }
    int units = design.unitCount();
    int[] everyone = new int[units];
    Arrays.fill(everyone, 1);
    double[] point = design.aggregate(everyone);

    List<UniformRandomProvider> streams = Bootstrap.streams(settings.seed(), settings.resamples());
    double[][] draws = new double[settings.resamples()][];
    IntStream.range(0, settings.resamples())
        .parallel()
        .forEach(r -> draws[r] = design.aggregate(Bootstrap.resample(streams.get(r), units)));

    double[] overall = Bootstrap.column(draws, 0);
    double se = Bootstrap.standardDeviation(overall);
    List<EventPoint> events = new ArrayList<>();
    boolean preTrend = false;
    boolean dip = false;
    for (int k = 0; k < design.relativeWaves().length; k++) {
      double estimate = point[k + 1];
      if (Double.isNaN(estimate)) {
        continue;
      }
      double[] column = Bootstrap.column(draws, k + 1);
      int relative = design.relativeWaves()[k];
      EventPoint event =
          new EventPoint(
              relative,
              estimate,
              Bootstrap.quantile(column, 0.025),
              Bootstrap.quantile(column, 0.975),
              design.cohortsAt(relative));
      events.add(event);
      if (relative < 0 && event.excludesZero()) {
        preTrend = true;
        dip |= relative == -1 && event.high() < 0;
      }
    }
    double preTrendP = preTrendPValue(design, point, draws);
    preTrend |= preTrendP < 0.05;
    return new ProgramEffect(
        true,
        null,
        point[0],
        Bootstrap.quantile(overall, 0.025),
        Bootstrap.quantile(overall, 0.975),
        se,
        (Z_975 + Z_80) * se,
        events,
        preTrend,
        dip,
        preTrendP,
        counts,
        settings);
  }

  /** The joint test that every wave before completion shows no change (NaN when there is none). */
  private static double preTrendPValue(DidDesign design, double[] point, double[][] draws) {
    int[] relative = design.relativeWaves();
    List<Integer> columns = new ArrayList<>();
    for (int k = 0; k < relative.length; k++) {
      if (relative[k] < 0 && !Double.isNaN(point[k + 1])) {
        columns.add(k + 1);
      }
    }
    double[] estimates = columns.stream().mapToDouble(c -> point[c]).toArray();
    double[][] pre =
        Arrays.stream(draws)
            .map(row -> columns.stream().mapToDouble(c -> row[c]).toArray())
            .toArray(double[][]::new);
    return JointTest.pValue(estimates, pre);
  }
}
