package com.firstline.engagement.analytics;

import com.firstline.engagement.analytics.ProgramEffect.Counts;
import com.firstline.engagement.analytics.ProgramEffect.EventPoint;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.apache.commons.rng.SplittableUniformRandomProvider;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
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
    Design design = new Design(waves, teams, settings);
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

    List<UniformRandomProvider> streams = streams(settings.seed(), settings.resamples());
    double[][] draws = new double[settings.resamples()][];
    IntStream.range(0, settings.resamples())
        .parallel()
        .forEach(r -> draws[r] = design.aggregate(resample(streams.get(r), units)));

    double[] overall = column(draws, 0);
    double se = standardDeviation(overall);
    List<EventPoint> events = new ArrayList<>();
    boolean preTrend = false;
    boolean dip = false;
    for (int k = 0; k < design.relativeWaves().length; k++) {
      double estimate = point[k + 1];
      if (Double.isNaN(estimate)) {
        continue;
      }
      double[] column = column(draws, k + 1);
      int relative = design.relativeWaves()[k];
      EventPoint event =
          new EventPoint(
              relative,
              estimate,
              quantile(column, 0.025),
              quantile(column, 0.975),
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
        quantile(overall, 0.025),
        quantile(overall, 0.975),
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
  private static double preTrendPValue(Design design, double[] point, double[][] draws) {
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

  private static List<UniformRandomProvider> streams(long seed, int count) {
    SplittableUniformRandomProvider root =
        (SplittableUniformRandomProvider) RandomSource.L64_X128_MIX.create(seed);
    return root.splits(count).map(UniformRandomProvider.class::cast).toList();
  }

  /** How often each team is drawn in one resample of as many teams as there are. */
  private static int[] resample(UniformRandomProvider random, int units) {
    int[] times = new int[units];
    for (int i = 0; i < units; i++) {
      times[random.nextInt(units)]++;
    }
    return times;
  }

  private static double[] column(double[][] rows, int index) {
    return Arrays.stream(rows)
        .mapToDouble(row -> row[index])
        .filter(v -> !Double.isNaN(v))
        .toArray();
  }

  private static double standardDeviation(double[] values) {
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

  /**
   * The data laid out for fast recomputation: every team's weighted change between each pair of
   * waves that some cell compares, so that a resample only adds up per cohort.
   */
  private static final class Design {
    private final int waves;
    private final int[] cohortOfBucket;
    private final int[] bucketOfUnit;
    private final int[] pairStart;
    private final int[] pairOf;
    private final double[] weightedChange;
    private final double[] weightOfUnit;
    private final List<Cell> cells = new ArrayList<>();
    private final int[] relativeWaves;
    private final TreeMap<Integer, Integer> cohortsAtDistance = new TreeMap<>();
    private final List<TeamSeries> units = new ArrayList<>();

    Design(int waves, List<TeamSeries> teams, DidSettings settings) {
      this.waves = waves;
      TreeSet<Integer> cohorts = new TreeSet<>();
      for (TeamSeries team : teams) {
        if (team.waves() != waves) {
          throw new IllegalArgumentException(team.unitId() + " does not have " + waves + " waves");
        }
        int cohort = normalised(team.cohort());
        // A team treated before the first wave has no wave before completion: it is left out.
        if (cohort == 0 || team.meanRespondents() == 0) {
          continue;
        }
        units.add(team);
        if (cohort != TeamSeries.NEVER) {
          cohorts.add(cohort);
        }
      }
      cohortOfBucket = new int[cohorts.size() + 1];
      int b = 0;
      for (int cohort : cohorts) {
        cohortOfBucket[b++] = cohort;
      }
      cohortOfBucket[b] = TeamSeries.NEVER;

      int[][] pairIndex = new int[waves][waves];
      for (int[] row : pairIndex) {
        Arrays.fill(row, -1);
      }
      int pairs = 0;
      TreeSet<Integer> distances = new TreeSet<>();
      for (int bucket = 0; bucket < cohortOfBucket.length - 1; bucket++) {
        int g = cohortOfBucket[bucket];
        for (int t = 1; t < waves; t++) {
          int base = t >= g ? g - 1 : t - 1;
          if (pairIndex[t][base] < 0) {
            pairIndex[t][base] = pairs++;
          }
          boolean[] controls = new boolean[cohortOfBucket.length];
          for (int h = 0; h < cohortOfBucket.length; h++) {
            int cohort = cohortOfBucket[h];
            controls[h] =
                h != bucket
                    && (settings.control() == DidSettings.Control.NOT_YET_TREATED
                        ? cohort > t
                        : cohort == TeamSeries.NEVER);
          }
          cells.add(new Cell(bucket, t, base, t - g, pairIndex[t][base], controls));
          distances.add(t - g);
        }
      }
      relativeWaves = distances.stream().mapToInt(Integer::intValue).toArray();
      for (Cell cell : cells) {
        cohortsAtDistance.merge(cell.relative, 1, Integer::sum);
      }

      bucketOfUnit = new int[units.size()];
      weightOfUnit = new double[units.size()];
      pairStart = new int[units.size() + 1];
      int[] pairList = new int[1024];
      double[] changeList = new double[1024];
      int size = 0;
      for (int i = 0; i < units.size(); i++) {
        TeamSeries team = units.get(i);
        int cohort = normalised(team.cohort());
        bucketOfUnit[i] = Arrays.binarySearch(cohortOfBucket, 0, cohortOfBucket.length - 1, cohort);
        if (bucketOfUnit[i] < 0) {
          bucketOfUnit[i] = cohortOfBucket.length - 1;
        }
        weightOfUnit[i] =
            settings.weighting() == DidSettings.Weighting.RESPONDENTS ? team.meanRespondents() : 1;
        pairStart[i] = size;
        for (int t = 1; t < waves; t++) {
          for (int base = 0; base < t; base++) {
            if (pairIndex[t][base] >= 0 && team.observed(t) && team.observed(base)) {
              if (size == pairList.length) {
                pairList = Arrays.copyOf(pairList, size * 2);
                changeList = Arrays.copyOf(changeList, size * 2);
              }
              pairList[size] = pairIndex[t][base];
              changeList[size] = weightOfUnit[i] * (team.score(t) - team.score(base));
              size++;
            }
          }
        }
      }
      pairStart[units.size()] = size;
      pairOf = Arrays.copyOf(pairList, size);
      weightedChange = Arrays.copyOf(changeList, size);
      pairCount = pairs;
    }

    private final int pairCount;

    private int normalised(int cohort) {
      return cohort >= waves ? TeamSeries.NEVER : cohort;
    }

    int unitCount() {
      return units.size();
    }

    int[] relativeWaves() {
      return relativeWaves;
    }

    int cohortsAt(int relative) {
      return cohortsAtDistance.getOrDefault(relative, 0);
    }

    /**
     * The overall effect followed by each event-study point, for teams drawn {@code times[i]}
     * times; NaN where nothing could be compared.
     */
    double[] aggregate(int[] times) {
      int buckets = cohortOfBucket.length;
      double[] sum = new double[buckets * pairCount];
      double[] weight = new double[buckets * pairCount];
      for (int i = 0; i < times.length; i++) {
        int drawn = times[i];
        if (drawn == 0) {
          continue;
        }
        int offset = bucketOfUnit[i] * pairCount;
        double unitWeight = drawn * weightOfUnit[i];
        for (int k = pairStart[i]; k < pairStart[i + 1]; k++) {
          sum[offset + pairOf[k]] += drawn * weightedChange[k];
          weight[offset + pairOf[k]] += unitWeight;
        }
      }
      double overallSum = 0;
      double overallWeight = 0;
      double[] eventSum = new double[relativeWaves.length];
      double[] eventWeight = new double[relativeWaves.length];
      for (Cell cell : cells) {
        int treated = cell.bucket * pairCount + cell.pair;
        double controlSum = 0;
        double controlWeight = 0;
        for (int h = 0; h < buckets; h++) {
          if (cell.controls[h]) {
            controlSum += sum[h * pairCount + cell.pair];
            controlWeight += weight[h * pairCount + cell.pair];
          }
        }
        if (weight[treated] == 0 || controlWeight == 0) {
          continue;
        }
        double effect = sum[treated] / weight[treated] - controlSum / controlWeight;
        double cellWeight = weight[treated];
        if (cell.relative >= 0) {
          overallSum += cellWeight * effect;
          overallWeight += cellWeight;
        }
        int k = Arrays.binarySearch(relativeWaves, cell.relative);
        eventSum[k] += cellWeight * effect;
        eventWeight[k] += cellWeight;
      }
      double[] result = new double[relativeWaves.length + 1];
      result[0] = overallWeight == 0 ? Double.NaN : overallSum / overallWeight;
      for (int k = 0; k < relativeWaves.length; k++) {
        result[k + 1] = eventWeight[k] == 0 ? Double.NaN : eventSum[k] / eventWeight[k];
      }
      return result;
    }

    /** Which teams and respondents entered a defined comparison after completion. */
    Counts counts() {
      boolean[] treated = new boolean[units.size()];
      boolean[] compared = new boolean[units.size()];
      boolean[][] used = new boolean[units.size()][waves];
      TreeSet<Integer> cohortsUsed = new TreeSet<>();
      for (Cell cell : cells) {
        if (cell.relative < 0) {
          continue;
        }
        List<Integer> inTreated = new ArrayList<>();
        List<Integer> inControl = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
          TeamSeries team = units.get(i);
          if (!team.observed(cell.wave) || !team.observed(cell.base)) {
            continue;
          }
          if (bucketOfUnit[i] == cell.bucket) {
            inTreated.add(i);
          } else if (cell.controls[bucketOfUnit[i]]) {
            inControl.add(i);
          }
        }
        if (inTreated.isEmpty() || inControl.isEmpty()) {
          continue;
        }
        cohortsUsed.add(cohortOfBucket[cell.bucket]);
        for (int i : inTreated) {
          treated[i] = true;
          used[i][cell.wave] = true;
          used[i][cell.base] = true;
        }
        for (int i : inControl) {
          compared[i] = true;
          used[i][cell.wave] = true;
          used[i][cell.base] = true;
        }
      }
      int treatedTeams = 0;
      int comparisonTeams = 0;
      long respondents = 0;
      boolean[] wavesUsed = new boolean[waves];
      for (int i = 0; i < units.size(); i++) {
        treatedTeams += treated[i] ? 1 : 0;
        comparisonTeams += compared[i] ? 1 : 0;
        for (int w = 0; w < waves; w++) {
          if (used[i][w]) {
            respondents += units.get(i).respondents(w);
            wavesUsed[w] = true;
          }
        }
      }
      int waveCount = 0;
      for (boolean w : wavesUsed) {
        waveCount += w ? 1 : 0;
      }
      return new Counts(treatedTeams, comparisonTeams, cohortsUsed.size(), waveCount, respondents);
    }
  }

  /**
   * One group-time comparison: cohort {@code bucket} at {@code wave} against {@code base}, with the
   * cohorts that serve as its comparison teams.
   */
  private static final class Cell {
    final int bucket;
    final int wave;
    final int base;
    final int relative;
    final int pair;
    final boolean[] controls;

    Cell(int bucket, int wave, int base, int relative, int pair, boolean[] controls) {
      this.bucket = bucket;
      this.wave = wave;
      this.base = base;
      this.relative = relative;
      this.pair = pair;
      this.controls = controls;
    }
  }
}
