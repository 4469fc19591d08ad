package com.firstline.scenario.analysis;

import com.firstline.scenario.analysis.PathReport.EndingReport;
import com.firstline.scenario.model.Choice;
import com.firstline.scenario.model.Ending;
import com.firstline.scenario.model.Module;
import com.firstline.scenario.model.Node;
import com.firstline.scenario.model.Outcome;
import com.firstline.scenario.model.Scene;
import com.firstline.scenario.model.Variables;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Plays every path through a module the way the player would, effects and conditions applied, and
 * judges the module as a reviewer who tried them all. Works on a module the validator's structural
 * rules accepted (every route leads to a node, every choice list ends with a fallback route).
 *
 * <p>A path that comes back to a scene with the same variables it had there before is a loop and is
 * not counted; nor is one longer than {@link #MAX_STEPS} choices.
 */
public final class PathAnalysis {

  /** Complete paths played before the analysis stops and says it covered only part. */
  public static final int MAX_PATHS = 100_000;

  /** Choices on one path beyond which it is treated as a loop. */
  static final int MAX_STEPS = 200;

  /** Reading speed for on-screen prose; 200 words a minute is a steady adult pace. */
  static final int WORDS_PER_MINUTE = 200;

  /** Time to weigh the options of one decision, beyond reading them. */
  static final double MINUTES_PER_DECISION = 0.25;

  /** Time to write the answer to the ending's reflection question. */
  static final double MINUTES_FOR_REFLECTION = 1.5;

  /** Above this share of decisions whose best choice is also the longest, length gives it away. */
  static final double LONGEST_IS_BEST_LIMIT = 0.4;

  /** How far the declared minutes may lie outside the shortest..longest path times. */
  static final double MINUTES_TOLERANCE = 0.3;

  private final Module module;
  private final Map<String, EndingTally> endings = new LinkedHashMap<>();
  private final Map<String, ChoiceTally> choices = new LinkedHashMap<>();
  private final Set<String> decisionScenes = new LinkedHashSet<>();
  private final Set<String> deadEnds = new LinkedHashSet<>();
  private final Set<List<Object>> onPath = new HashSet<>();
  private final Deque<String[]> taken = new ArrayDeque<>();
  private int paths;
  private boolean stopped;
  private double shortest = Double.MAX_VALUE;
  private double longest;

  private PathAnalysis(Module module) {
    this.module = module;
    for (Node node : module.nodes()) {
      if (node instanceof Ending ending) {
        endings.put(ending.id(), new EndingTally(ending));
      }
    }
  }

  /** Plays every path of {@code module} (up to {@link #MAX_PATHS}) and reports on them. */
  public static PathReport analyse(Module module) {
    PathAnalysis analysis = new PathAnalysis(module);
    analysis.walk(module.start(), module.initialVariables(), 0, 0, 0, 0);
    return analysis.report();
  }

  private void walk(
      String nodeId, Variables variables, int choiceScores, int words, int decisions, int steps) {
    if (stopped) {
      return;
    }
    Node node = module.node(nodeId).orElseThrow();
    if (node instanceof Ending ending) {
      finish(
          ending,
          variables,
          choiceScores,
          words + words(ending.debriefFor(variables)) + words(ending.reflection()),
          decisions);
      return;
    }
    Scene scene = (Scene) node;
    List<Object> state = List.of(nodeId, variables.values());
    if (steps >= MAX_STEPS || !onPath.add(state)) {
      return;
    }
    List<Choice> offered = scene.offeredChoices(variables);
    if (offered.isEmpty()) {
      deadEnds.add(scene.id());
    }
    if (offered.size() > 1) {
      decisionScenes.add(scene.id());
    }
    int sceneWords = words(scene.text()) + offered.stream().mapToInt(c -> words(c.text())).sum();
    for (Choice choice : offered) {
      Variables after = choice.applyEffects(variables);
      taken.push(new String[] {scene.id(), choice.id()});
      walk(
          choice.nextNodeId(after),
          after,
          choiceScores + choice.scoreOrZero(),
          words + sceneWords + words(choice.consequence()) + words(choice.coaching()),
          decisions + (offered.size() > 1 ? 1 : 0),
          steps + 1);
      taken.pop();
    }
    onPath.remove(state);
  }

  private void finish(
      Ending ending, Variables variables, int choiceScores, int words, int decisions) {
    int score = module.scoring().score(ending, choiceScores, variables);
    boolean passed = module.scoring().passed(score);
    endings.get(ending.id()).add(score, passed, variables);
    for (String[] step : taken) {
      choices.computeIfAbsent(step[0] + "/" + step[1], key -> new ChoiceTally()).add(score);
    }
    double minutes =
        (double) words / WORDS_PER_MINUTE
            + decisions * MINUTES_PER_DECISION
            + MINUTES_FOR_REFLECTION;
    shortest = Math.min(shortest, minutes);
    longest = Math.max(longest, minutes);
    if (++paths >= MAX_PATHS) {
      stopped = true;
    }
  }

  private PathReport report() {
    List<Finding> findings = new ArrayList<>();
    boolean complete = !stopped;
    if (!complete) {
      findings.add(
          Finding.warning(
              null,
              "start",
              "The module has more than "
                  + MAX_PATHS
                  + " paths; the analysis played the first "
                  + MAX_PATHS
                  + " and its figures cover only those. Fewer branches would make it checkable."));
    }
    for (String scene : deadEnds) {
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
    int decisions = decisionScenes.size();
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
      findings.addAll(minutesFindings());
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

  private List<Finding> minutesFindings() {
    int declared = module.minutes();
    String range =
        "Reading the quickest path takes about "
            + format(shortest)
            + " minutes and the slowest about "
            + format(longest)
            + " (at "
            + WORDS_PER_MINUTE
            + " words a minute, with time to decide and to reflect)";
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

  /** Scenes whose best choice (highest best score, then mean score) is the longest text. */
  private List<String> longestIsBest() {
    List<String> cued = new ArrayList<>();
    for (String sceneId : decisionScenes) {
      Scene scene = module.scene(sceneId).orElseThrow();
      Choice best = null;
      ChoiceTally bestTally = null;
      boolean tie = false;
      Choice longestChoice = null;
      boolean longestTie = false;
      for (Choice choice : scene.choices()) {
        ChoiceTally tally = choices.get(sceneId + "/" + choice.id());
        if (tally == null) {
          continue;
        }
        int compared = bestTally == null ? 1 : tally.compareTo(bestTally);
        if (compared > 0) {
          best = choice;
          bestTally = tally;
          tie = false;
        } else if (compared == 0) {
          tie = true;
        }
        int length = longestChoice == null ? -1 : longestChoice.text().strip().length();
        if (choice.text().strip().length() > length) {
          longestChoice = choice;
          longestTie = false;
        } else if (choice.text().strip().length() == length) {
          longestTie = true;
        }
      }
      if (best != null && !tie && !longestTie && best == longestChoice) {
        cued.add(sceneId);
      }
    }
    return cued;
  }

  private static int words(String text) {
    if (text == null || text.isBlank()) {
      return 0;
    }
    return text.strip().split("\\s+").length;
  }

  private static double tenth(double minutes) {
    return Math.round(minutes * 10) / 10.0;
  }

  private static String format(double minutes) {
    return String.format(Locale.ROOT, "%.1f", minutes);
  }

  /** Scores of the complete paths through one choice at one scene. */
  private static final class ChoiceTally implements Comparable<ChoiceTally> {
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
      return byBest != 0
          ? byBest
          : Double.compare((double) sum / count, (double) other.sum / other.count);
    }
  }

  /** Scores of the complete paths ending at one ending, and which of its paragraphs they show. */
  private final class EndingTally {
    private final Ending ending;
    private final boolean[] paragraphShown;
    private int count;
    private int passing;
    private int lowest = Integer.MAX_VALUE;
    private int highest = Integer.MIN_VALUE;

    EndingTally(Ending ending) {
      this.ending = ending;
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
                    + module.scoring().passing()
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
                    + module.scoring().passing()
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
                    + module.scoring().passing()
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
                    + module.scoring().passing()
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
}
