package com.firstline.scenario.analysis;

/**
 * Scores of the complete paths through one choice at one scene: a choice is better than another
 * when the best score reachable through it is higher, then when its paths score higher on average.
 */
final class ChoiceTally implements Comparable<ChoiceTally> {
  private int best = Integer.MIN_VALUE;
  private long sum;
  private int count;

  void add(int score) {
    best = Math.max(best, score);
    sum += score;
    count++;
  }

  @Override
  public int compareTo(ChoiceTally other) {
    int byBest = Integer.compare(best, other.best);
    // Means compared exactly, by cross-multiplying: sums stay far below overflow (scores are at
    // most a few hundred, paths at most PathWalk.MAX_PATHS).
    return byBest != 0 ? byBest : Long.compare(sum * other.count, other.sum * count);
  }
}
