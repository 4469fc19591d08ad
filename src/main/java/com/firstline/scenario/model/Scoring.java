package com.firstline.scenario.model;

import java.util.List;

/**
 * How an attempt is scored.
 *
 * @param maximum the best score possible, sent to the LMS gradebook as scoreMaximum
 * @param passing a score at or above this is completed-and-passed
 * @param scales in {@link ScoringMode#SCALES} mode, the integer variables whose sum is the score
 * @param grade which completed attempt's score is the manager's grade (default: the best)
 */
public record Scoring(
    ScoringMode mode, int maximum, int passing, List<String> scales, GradePolicy grade) {

  public Scoring {
    scales = List.copyOf(scales);
    grade = grade == null ? GradePolicy.BEST : grade;
  }

  public Scoring(ScoringMode mode, int maximum, int passing, List<String> scales) {
    this(mode, maximum, passing, scales, GradePolicy.BEST);
  }

  public Scoring(ScoringMode mode, int maximum, int passing) {
    this(mode, maximum, passing, List.of(), GradePolicy.BEST);
  }

  /**
   * The score of an attempt that reached {@code reached} after choices whose scores add up to
   * {@code sumOfChoiceScores}, with {@code variables} at the end. Kept within 0..maximum because
   * the gradebook rejects anything else.
   */
  public int score(Ending reached, int sumOfChoiceScores, Variables variables) {
    int raw =
        switch (mode) {
          case ENDING -> reached.score() == null ? 0 : reached.score();
          case CHOICES -> sumOfChoiceScores;
          case SCALES ->
              scales.stream()
                  .map(variables::get)
                  .mapToInt(value -> value instanceof Integer number ? number : 0)
                  .sum();
        };
    return Math.max(0, Math.min(maximum, raw));
  }

  /** The score where the variables play no part (ending and choices modes). */
  public int score(Ending reached, int sumOfChoiceScores) {
    return score(reached, sumOfChoiceScores, Variables.none());
  }

  public boolean passed(int score) {
    return score >= passing;
  }
}
