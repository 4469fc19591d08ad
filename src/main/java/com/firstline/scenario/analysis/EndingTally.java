package com.firstline.scenario.analysis;

import com.firstline.scenario.analysis.PathReport.EndingReport;
import com.firstline.scenario.model.Ending;
import com.firstline.scenario.model.Outcome;
import com.firstline.scenario.model.Variables;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores of the complete paths ending at one ending, and which of its paragraphs they show; and the
 * rules an ending must keep against them (its pass or fail agrees with its story and its outcome,
 * it is reached, every paragraph is shown on some path).
 */
final class EndingTally {
  private final Ending ending;
  private final int passingScore;
  private final boolean[] paragraphShown;
  private int count;
  private int passing;
  private int lowest = Integer.MAX_VALUE;
  private int highest = Integer.MIN_VALUE;

  EndingTally(Ending ending, int passingScore) {
    this.ending = ending;
    this.passingScore = passingScore;
    this.paragraphShown = new boolean[ending.paragraphs().size()];
  }

  void add(int score, boolean passed, Variables variables) {
    count++;
    passing += passed ? 1 : 0;
    lowest = Math.min(lowest, score);
    highest = Math.max(highest, score);
    for (int k = 0; k < paragraphShown.length; k++) {
      paragraphShown[k] |= ending.paragraphs().get(k).isShownWith(variables);
    }
  }

  EndingReport report() {
    return new EndingReport(
        ending.id(),
        ending.title(),
        count,
        count == 0 ? 0 : lowest,
        count == 0 ? 0 : highest,
        passing);
  }

  List<Finding> findings(boolean complete) {
    String id = ending.id();
    List<Finding> findings = new ArrayList<>();
    if (count == 0) {
      if (complete) {
        findings.add(
            Finding.error(
                id,
                null,
                "Ending '"
                    + id
                    + "' is never reached: on every path the conditions and effects lead"
                    + " elsewhere. Change a route's 'when', or remove the ending."));
      }
      return findings;
    }
    String scores =
        lowest == highest ? "score " + lowest : "scores from " + lowest + " to " + highest;
    Outcome outcome = ending.outcome();
    boolean sometimes = passing > 0 && passing < count;
    if (sometimes && outcome == null) {
      findings.add(
          Finding.error(
              id,
              null,
              "Ending '"
                  + id
                  + "' passes on "
                  + passing
                  + " of the "
                  + count
                  + " paths that reach it ("
                  + scores
                  + ", passing "
                  + passingScore
                  + "), so its story and its result disagree on some paths. Route the paths"
                  + " that fail to another ending, or say 'outcome: mixed' if that is meant."));
    }
    if (outcome == Outcome.GOOD && sometimes) {
      findings.add(
          Finding.error(
              id,
              "outcome",
              "Ending '"
                  + id
                  + "' is marked as a good outcome but fails on "
                  + (count - passing)
                  + " of the "
                  + count
                  + " paths to it ("
                  + scores
                  + ", passing "
                  + passingScore
                  + "). Route those paths to another ending, or mark it 'mixed'."));
    }
    if (outcome == Outcome.GOOD && passing == 0) {
      findings.add(
          Finding.error(
              id,
              "outcome",
              "Ending '"
                  + id
                  + "' is marked as a good outcome but no path to it passes ("
                  + scores
                  + ", passing "
                  + passingScore
                  + ")."));
    }
    if (outcome == Outcome.POOR && passing > 0) {
      findings.add(
          Finding.error(
              id,
              "outcome",
              "Ending '"
                  + id
                  + "' is marked as a poor outcome but "
                  + passing
                  + " of the "
                  + count
                  + " paths to it pass ("
                  + scores
                  + ", passing "
                  + passingScore
                  + ")."));
    }
    for (int k = 0; k < paragraphShown.length; k++) {
      if (!paragraphShown[k] && complete) {
        findings.add(
            Finding.warning(
                id,
                "paragraphs/" + k,
                "This paragraph of ending '"
                    + id
                    + "' is shown on no path that reaches the ending: its 'when' never holds"
                    + " there."));
      }
    }
    return findings;
  }
}
