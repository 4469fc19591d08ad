package com.firstline.scenario.model;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * Which of a manager's completed attempts at a module, in one course link, is their grade: the LMS
 * gradebook, the trainer's board and the manager's ending page all show this one figure.
 */
public enum GradePolicy {
  /** The best score so far: a retake never lowers the grade. */
  BEST,
  /** The score of the most recent completion. */
  LATEST;

  /** A completed attempt's score, and when it completed (later completions have larger order). */
  public record Completion(long order, int score) {}

  /** The grade from these completions; empty when there are none. */
  public Optional<Completion> gradeOf(Collection<Completion> completions) {
    Comparator<Completion> rank =
        switch (this) {
          // Of equal best scores, the latest: its timestamp is the one the LMS keeps.
          case BEST ->
              Comparator.comparingInt(Completion::score).thenComparingLong(Completion::order);
          case LATEST -> Comparator.comparingLong(Completion::order);
        };
    return completions.stream().max(rank);
  }
}
