package com.firstline.engagement.analytics;

import java.util.Arrays;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;

/**
 * A Wald test that several estimates are all 0 at once, with their covariance taken from bootstrap
 * draws: W = θᵀ Σ⁻¹ θ, compared with a chi-squared distribution with as many degrees of freedom as
 * estimates. Used on the waves before completion, where each alone may be too noisy to flag a trend
 * that all of them share.
 */
final class JointTest {
  private JointTest() {}

  /**
   * The p-value, or NaN when the covariance cannot be inverted (too few draws for its size).
   *
   * @param draws one row per bootstrap draw, one column per estimate; rows with NaN are skipped
   */
  static double pValue(double[] estimates, double[][] draws) {
    int k = estimates.length;
    double[][] rows =
        Arrays.stream(draws)
            .filter(r -> Arrays.stream(r).noneMatch(Double::isNaN))
            .toArray(double[][]::new);
    if (k == 0 || rows.length <= k + 1) {
      return Double.NaN;
    }
    double[] mean = new double[k];
    for (double[] row : rows) {
      for (int j = 0; j < k; j++) {
        mean[j] += row[j] / rows.length;
      }
    }
    double[][] covariance = new double[k][k];
    for (double[] row : rows) {
      for (int a = 0; a < k; a++) {
        for (int b = 0; b < k; b++) {
          covariance[a][b] += (row[a] - mean[a]) * (row[b] - mean[b]) / (rows.length - 1);
        }
      }
    }
    double[] solved = solveCholesky(covariance, estimates);
    if (solved == null) {
      return Double.NaN;
    }
    double statistic = 0;
    for (int j = 0; j < k; j++) {
      statistic += estimates[j] * solved[j];
    }
    return ChiSquaredDistribution.of(k).survivalProbability(statistic);
  }

  /** Solves Σx = y for a symmetric positive-definite Σ, or null when it is not. */
  private static double[] solveCholesky(double[][] sigma, double[] y) {
    int k = y.length;
    double[][] lower = new double[k][k];
    for (int i = 0; i < k; i++) {
      for (int j = 0; j <= i; j++) {
        double s = sigma[i][j];
        for (int m = 0; m < j; m++) {
          s -= lower[i][m] * lower[j][m];
        }
        if (i == j) {
          if (s <= 1e-12) {
            return null;
          }
          lower[i][i] = Math.sqrt(s);
        } else {
          lower[i][j] = s / lower[j][j];
        }
      }
    }
    double[] z = new double[k];
    for (int i = 0; i < k; i++) {
      double s = y[i];
      for (int m = 0; m < i; m++) {
        s -= lower[i][m] * z[m];
      }
      z[i] = s / lower[i][i];
    }
    double[] x = new double[k];
    for (int i = k - 1; i >= 0; i--) {
      double s = z[i];
      for (int m = i + 1; m < k; m++) {
        s -= lower[m][i] * x[m];
      }
      x[i] = s / lower[i][i];
    }
    return x;
  }
}
