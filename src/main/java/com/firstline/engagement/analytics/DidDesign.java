package com.firstline.engagement.analytics;

import com.firstline.engagement.analytics.ProgramEffect.Counts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The data laid out for fast recomputation: every team's weighted change between each pair of waves
 * that some cell compares, so that a resample only adds up per cohort.
 */
final class DidDesign {
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

  DidDesign(int waves, List<TeamSeries> teams, DidSettings settings) {
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
   * The overall effect followed by each event-study point, for teams drawn {@code times[i]} times;
   * NaN where nothing could be compared.
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
