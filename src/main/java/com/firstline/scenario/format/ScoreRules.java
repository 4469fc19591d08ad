package com.firstline.scenario.format;

import com.firstline.scenario.format.Located.LocatedNode;
import com.firstline.scenario.model.Choice;
import com.firstline.scenario.model.Ending;
import com.firstline.scenario.model.Module;
import com.firstline.scenario.model.Node;
import com.firstline.scenario.model.Route;
import com.firstline.scenario.model.Scene;
import com.firstline.scenario.model.Scoring;
import com.firstline.scenario.model.ScoringMode;
import com.firstline.scenario.model.VariableDeclaration;
import com.firstline.scenario.model.VariableType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** Score settings must leave a way to pass: a module nobody can pass is a broken module. */
final class ScoreRules {

  /** Paths explored before giving up on the choices-mode check; real modules need far fewer. */
  static final int PATH_BUDGET = 200_000;

  private static final String PASSING = "/scoring/passing";

  private ScoreRules() {}

  static void check(Module module, Reporter report) {
    Scoring scoring = module.scoring();
    if (scoring.passing() > scoring.maximum()) {
      report.at(
          PASSING,
          "The passing score "
              + scoring.passing()
              + " is above the maximum "
              + scoring.maximum()
              + ", so no one could pass.");
      return;
    }
    if (scoring.mode() == ScoringMode.ENDING) {
      checkEndingScores(module, report);
    } else if (scoring.mode() == ScoringMode.CHOICES) {
      checkBestPath(module, report);
    } else {
      checkScales(module, report);
    }
  }

  /** Scales are integer variables; whether they can add up to a pass is the path analysis's job. */
  private static void checkScales(Module module, Reporter report) {
    if (module.scoring().scales().isEmpty()) {
      report.atKey(
          "/scoring/mode",
          "Scoring mode 'scales' needs 'scales': the integer variables whose sum is the score.");
    }
    List<String> scales = module.scoring().scales();
    for (int i = 0; i < scales.size(); i++) {
      String name = scales.get(i);
      Optional<VariableDeclaration> declared = module.variable(name);
      if (declared.isEmpty()) {
        report.at(
            "/scoring/scales/" + i,
            "The scale '"
                + name
                + "' is not declared under 'variables'. Declare it as an integer."
                + Suggestions.didYouMean(
                    name, module.variables().stream().map(VariableDeclaration::name).toList()));
      } else if (declared.get().type() != VariableType.INTEGER) {
        report.at(
            "/scoring/scales/" + i,
            "The scale '" + name + "' is a yes/no variable; a scale must be a number.");
      }
    }
  }

  private static void checkEndingScores(Module module, Reporter report) {
    Scoring scoring = module.scoring();
    int best = -1;
    for (LocatedNode located : Located.nodes(module)) {
      if (!(located.node() instanceof Ending ending)) {
        continue;
      }
      if (ending.score() == null) {
        report.at(
            located.pointer(),
            "Ending '"
                + ending.id()
                + "' has no score. With scoring mode 'ending', every ending needs one (0 to "
                + scoring.maximum()
                + ").");
        continue;
      }
      // An ending above the maximum is reported once, and counts as the maximum it is cut to.
      best = Math.max(best, Math.min(ending.score(), scoring.maximum()));
      if (ending.score() > scoring.maximum()) {
        report.at(
            located.pointer() + "/score",
            "Ending '"
                + ending.id()
                + "' scores "
                + ending.score()
                + ", above the maximum "
                + scoring.maximum()
                + ".");
      }
    }
    if (best >= 0 && best < scoring.passing()) {
      report.at(
          PASSING,
          "No ending reaches the passing score "
              + scoring.passing()
              + " (the best scores "
              + best
              + "), so no one could pass.");
    }
  }

  private static void checkBestPath(Module module, Reporter report) {
    if (!(module.node(module.start()).orElse(null) instanceof Scene)) {
      return;
    }
    OptionalInt best = new BestPath(module).from(module.start());
    if (best.isPresent() && best.getAsInt() < module.scoring().passing()) {
      report.at(
          PASSING,
          "The best path through the choices scores "
              + best.getAsInt()
              + ", below the passing score "
              + module.scoring().passing()
              + ", so no one could pass.");
    }
  }

  /**
   * The highest sum of choice scores on a path from start to an ending, conditions ignored. Walks
   * simple paths depth-first; a loop that adds score makes the sum unbounded (nothing to report),
   * and a module too large to walk within {@link #PATH_BUDGET} steps is not judged.
   */
  private static final class BestPath {
    private final Module module;
    private final Map<String, Integer> sumOnPath = new HashMap<>();
    private int steps;
    private int best = Integer.MIN_VALUE;
    private boolean unbounded;

    BestPath(Module module) {
      this.module = module;
    }

    OptionalInt from(String start) {
      walk(start, 0);
      if (unbounded || steps > PATH_BUDGET || best == Integer.MIN_VALUE) {
        return OptionalInt.empty();
      }
      return OptionalInt.of(best);
    }

    private void walk(String nodeId, int sum) {
      if (unbounded || ++steps > PATH_BUDGET) {
        return;
      }
      Optional<Node> node = module.node(nodeId);
      if (node.isEmpty()) {
        return;
      }
      if (node.get() instanceof Ending) {
        best = Math.max(best, sum);
        return;
      }
      Integer entered = sumOnPath.get(nodeId);
      if (entered != null) {
        unbounded = sum > entered;
        return;
      }
      sumOnPath.put(nodeId, sum);
      for (Choice choice : ((Scene) node.get()).choices()) {
        for (Route route : choice.routes()) {
          walk(route.target(), sum + choice.scoreOrZero());
        }
      }
      sumOnPath.remove(nodeId);
    }
  }
}
