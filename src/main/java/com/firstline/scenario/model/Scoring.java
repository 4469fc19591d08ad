package com.firstline.scenario.model;

/**
 * How an attempt is scored.
 *
 * @param maximum the best score possible, sent to the LMS gradebook as scoreMaximum
 * @param passing a score at or above this is completed-and-passed
 * @param grade which completed attempt's score is the manager's grade (default: the best)
 */
public record Scoring(ScoringMode mode, int maximum, int passing, GradePolicy grade) {

  public Scoring {
    grade = grade == null ? GradePolicy.BEST : grade;
  }

  public Scoring(ScoringMode mode, int maximum, int passing) {
    this(mode, maximum, passing, GradePolicy.BEST);
  }

  /**
   * The score of an attempt that reached {@code reached} after choices whose scores add up to
   * {@code sumOfChoiceScores}. Kept within 0..maximum because the gradebook rejects anything else.
   */
  public int score(Ending reached, int sumOfChoiceScores) {
    int raw =
        switch (mode) {
          case ENDING -> reached.score() == null ? 0 : reached.score();
          case CHOICES -> sumOfChoiceScores;
        };
    return Math.max(0, Math.min(maximum, raw));
  }

  public boolean passed(int score) {
    return score >= passing;
  }
}
