package com.firstline.scenario.analysis;

import com.firstline.scenario.analysis.PathReport.EndingReport;
import com.firstline.scenario.model.Choice;
import com.firstline.scenario.model.Module;
import com.firstline.scenario.model.Scene;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Judges a module as a reviewer who tried every path: {@link PathWalk} plays the paths, this class
 * turns what they did into findings (too many paths to check, a scene that offers nothing, the
 * endings' rules in {@link EndingTally}, length that gives the best choice away, declared minutes
 * far from the reading time) and the report. Works on a module the validator's structural rules
 * accepted (every route leads to a node, every choice list ends with a fallback route).
 */
public final class PathAnalysis {

  /** Complete paths played before the analysis stops and says it covered only part. */
  public static final int MAX_PATHS = PathWalk.MAX_PATHS;

  /** Above this share of decisions whose best choice is also the longest, length gives it away. */
  static final double LONGEST_IS_BEST_LIMIT = 0.4;

  /** How far the declared minutes may lie outside the shortest..longest path times. */
  static final double MINUTES_TOLERANCE = 0.3;

  private final PathWalk walk;

  private PathAnalysis(PathWalk walk) {
    this.walk = walk;
  }

  /** Plays every path of {@code module} (up to {@link #MAX_PATHS}) and reports on them. */
  public static PathReport analyse(Module module) {
    return new PathAnalysis(PathWalk.of(module)).report();
  }

  private PathReport report() {
    Map<String, EndingTally> endings = walk.endings;
    int paths = walk.paths;
    double shortest = walk.shortest;
    double longest = walk.longest;
    List<Finding> findings = new ArrayList<>();
    boolean complete = !walk.stopped;
    if (!complete) {
      findings.add(
          Finding.warning(
              null,
              "start",
              "The module has more than "
                  + PathWalk.MAX_PATHS
                  + " paths; the analysis played the first "
                  + PathWalk.MAX_PATHS
                  + " and its figures cover only those. Fewer branches would make it checkable."));
    }
    for (String scene : walk.deadEnds) {
      findings.add(
          Finding.error(
              scene,
              null,
              "On some paths scene '"
                  + scene
                  + "' offers no choice: the 'when' of every choice fails there. Give one choice"
                  + " no 'when', or one that holds on those paths."));
    }
    List<EndingReport> endingReports = new ArrayList<>();
    for (EndingTally tally : endings.values()) {
      endingReports.add(tally.report());
      findings.addAll(tally.findings(complete));
    }
    List<String> cued = longestIsBest();
    int longestIsBest = cued.size();
    int decisions = walk.decisionScenes.size();
    if (decisions > 0 && (double) longestIsBest / decisions > LONGEST_IS_BEST_LIMIT) {
      findings.add(
          Finding.warning(
              null,
              "nodes",
              "In "
                  + longestIsBest
                  + " of "
                  + decisions
                  + " decisions ("
                  + String.join(", ", cued)
                  + ") the best choice is also the longest text, so length gives the answer"
                  + " away. Shorten those choices or give the weaker ones more to say."));
    }
    if (paths > 0) {
      findings.addAll(minutesFindings(shortest, longest));
    }
    findings.sort((a, b) -> a.severity().compareTo(b.severity()));
    return new PathReport(
        paths,
        complete,
        endingReports,
        decisions,
        longestIsBest,
        paths == 0 ? 0 : tenth(shortest),
        paths == 0 ? 0 : tenth(longest),
        findings);
  }

  private List<Finding> minutesFindings(double shortest, double longest) {
    int declared = walk.module.minutes();
    String range =
        "Reading the quickest path takes about "
            + format(shortest)
            + " minutes and the slowest about "
            + format(longest)
            + " (at "
            + PathWalk.WORDS_PER_MINUTE
            + " words a minute, with time to decide, to reflect and to plan)";
    if (declared < shortest * (1 - MINUTES_TOLERANCE)) {
      return List.of(
          Finding.warning(
              null,
              "minutes",
              range + ", but 'minutes' says " + declared + ". Raise it so managers can plan."));
    }
    if (declared > longest * (1 + MINUTES_TOLERANCE)) {
      return List.of(
          Finding.warning(
              null,
              "minutes",
              range + ", but 'minutes' says " + declared + ". Lower it, or the module is thin."));
    }
    return List.of();
  }

  /**
   * Scenes whose one best choice (see {@link BestChoices}) is also the one longest text among the
   * choices the paths reach there.
   */
  private List<String> longestIsBest() {
    List<String> cued = new ArrayList<>();
    BestChoices.of(walk)
        .forEach(
            (sceneId, best) -> {
              Scene scene = walk.module.scene(sceneId).orElseThrow();
              List<Choice> reached =
                  scene.choices().stream()
                      .filter(c -> walk.choices.containsKey(sceneId + "/" + c.id()))
                      .toList();
              int longest = reached.stream().mapToInt(PathAnalysis::length).max().orElse(0);
              List<Choice> longestChoices =
                  reached.stream().filter(c -> length(c) == longest).toList();
              if (best.size() == 1
                  && longestChoices.size() == 1
                  && best.contains(longestChoices.get(0).id())) {
                cued.add(sceneId);
              }
            });
    return cued;
  }

  private static int length(Choice choice) {
    return choice.text().strip().length();
  }

  private static double tenth(double minutes) {
    return Math.round(minutes * 10) / 10.0;
  }

  private static String format(double minutes) {
    return String.format(Locale.ROOT, "%.1f", minutes);
  }
}
