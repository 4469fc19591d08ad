package com.firstline.engagement.analytics;

import java.util.Arrays;
import java.util.List;
import org.apache.commons.rng.SplittableUniformRandomProvider;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * The cluster bootstrap's pieces: one random stream per resample split off a seeded generator (so
 * resamples run in parallel and depend on the seed only), a resample of whole teams, and the
 * summaries of the resampled estimates.
 */
final class Bootstrap {
  private Bootstrap() {}

  static List<UniformRandomProvider> streams(long seed, int count) {
    SplittableUniformRandomProvider root =
        (SplittableUniformRandomProvider) RandomSource.L64_X128_MIX.create(seed);
    return root.splits(count).map(UniformRandomProvider.class::cast).toList();
  }

  /** How often each team is drawn in one resample of as many teams as there are. */
  static int[] resample(UniformRandomProvider random, int units) {
    int[] times = new int[units];
    for (int i = 0; i < units; i++) {
      times[random.nextInt(units)]++;
    }
    return times;
  }

  static double[] column(double[][] rows, int index) {
    return Arrays.stream(rows)
        .mapToDouble(row -> row[index])
        .filter(v -> !Double.isNaN(v))
        .toArray();
  }

  static double standardDeviation(double[] values) {
    if (values.length < 2) {
      return Double.NaN;
    }
    double mean = Arrays.stream(values).average().orElse(Double.NaN);
    double squares = Arrays.stream(values).map(v -> (v - mean) * (v - mean)).sum();
    return Math.sqrt(squares / (values.length - 1));
  }

  /** The p-quantile with linear interpolation between order statistics (Hyndman and Fan type 7). */
  static double quantile(double[] values, double p) {
    if (values.length == 0) {
      return Double.NaN;
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    double position = p * (sorted.length - 1);
    int below = (int) Math.floor(position);
    int above = Math.min(below + 1, sorted.length - 1);
    return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
  }
}
