package com.firstline.engagement.analytics;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.apache.commons.statistics.distribution.ContinuousDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Generates an organisation's engagement panel: teams with their own level, waves with a common
 * shock, respondent counts, staggered completion, a planted effect after completion and, on demand,
 * a planted trend before it. Sampling noise shrinks with the respondent count, as a real
 * favourability does.
 */
public final class SyntheticOrg {
  private int teams = 400;
  private int waves = 8;
  private double treatedShare = 0.6;
  private double effect;
  private double preTrendPerWave;
  private int minRespondents = 5;
  private int maxRespondents = 20;
  private long seed = 1;

  public static SyntheticOrg teams(int teams) {
    SyntheticOrg org = new SyntheticOrg();
    org.teams = teams;
    return org;
  }

  public SyntheticOrg waves(int waves) {
    this.waves = waves;
    return this;
  }

  public SyntheticOrg treatedShare(double share) {
    this.treatedShare = share;
    return this;
  }

  /** Points of favourability added from the first wave after completion on. */
  public SyntheticOrg effect(double points) {
    this.effect = points;
    return this;
  }

  /**
   * Points per wave that treated teams drift by before completion (relative to others), which
   * breaks parallel trends.
   */
  public SyntheticOrg preTrend(double pointsPerWave) {
    this.preTrendPerWave = pointsPerWave;
    return this;
  }

  public SyntheticOrg respondents(int min, int max) {
    this.minRespondents = min;
    this.maxRespondents = max;
    return this;
  }

  public SyntheticOrg seed(long seed) {
    this.seed = seed;
    return this;
  }

  public List<TeamSeries> build() {
    UniformRandomProvider random = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
    ContinuousDistribution.Sampler standard = NormalDistribution.of(0, 1).createSampler(random);
    double[] shock = new double[waves];
    for (int w = 0; w < waves; w++) {
      shock[w] = 2 * standard.sample();
    }
    List<TeamSeries> series = new ArrayList<>();
    for (int i = 0; i < teams; i++) {
      double level = 65 + 8 * standard.sample();
      int cohort =
          random.nextDouble() < treatedShare ? 1 + random.nextInt(waves - 1) : TeamSeries.NEVER;
      double[] score = new double[waves];
      int[] respondents = new int[waves];
      for (int w = 0; w < waves; w++) {
        int n = minRespondents + random.nextInt(maxRespondents - minRespondents + 1);
        double value = level + shock[w] + 40 / Math.sqrt(n) * standard.sample();
        if (cohort != TeamSeries.NEVER) {
          value += w >= cohort ? effect : preTrendPerWave * (w - (cohort - 1));
        }
        score[w] = Math.max(0, Math.min(100, value));
        respondents[w] = n;
      }
      series.add(new TeamSeries("team-" + i, cohort, score, respondents));
    }
    return series;
  }
}
