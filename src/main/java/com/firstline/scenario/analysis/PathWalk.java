package com.firstline.scenario.analysis;

import com.firstline.scenario.model.Choice;
import com.firstline.scenario.model.Ending;
import com.firstline.scenario.model.Module;
import com.firstline.scenario.model.Node;
import com.firstline.scenario.model.Scene;
import com.firstline.scenario.model.Variables;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Plays every path through a module the way the player would, effects and conditions applied, and
 * tallies what the paths did: the score at each ending, the scores through each choice, the scenes
 * that decide something or offer nothing, and the reading time of the quickest and slowest path.
 * Judging those tallies is {@link PathAnalysis}'s work.
 *
 * <p>A path that comes back to a scene with the same variables it had there before is a loop and is
 * not counted; nor is one longer than {@link #MAX_STEPS} choices.
 */
final class PathWalk {
  /** Complete paths played before the walk stops and says it covered only part. */
  static final int MAX_PATHS = 100_000;

  /** Choices on one path beyond which it is treated as a loop. */
  static final int MAX_STEPS = 200;

  /** Reading speed for on-screen prose; 200 words a minute is a steady adult pace. */
  static final int WORDS_PER_MINUTE = 200;

  /** Time to weigh the options of one decision, beyond reading them. */
  static final double MINUTES_PER_DECISION = 0.25;

  /** Time to write the answer to the ending's reflection question. */
  static final double MINUTES_FOR_REFLECTION = 1.5;

  /** Time to write the ending's action plan: one thing to do with the team this week. */
  static final double MINUTES_FOR_ACTION_PLAN = 1.0;

  final Module module;
  final Map<String, EndingTally> endings = new LinkedHashMap<>();
  final Map<String, ChoiceTally> choices = new LinkedHashMap<>();
  final Set<String> decisionScenes = new LinkedHashSet<>();
  final Set<String> deadEnds = new LinkedHashSet<>();
  int paths;
  boolean stopped;
  double shortest = Double.MAX_VALUE;
  double longest;

  private final Set<List<Object>> onPath = new HashSet<>();
  private final Deque<String[]> taken = new ArrayDeque<>();

  private PathWalk(Module module) {
    this.module = module;
    for (Node node : module.nodes()) {
      if (node instanceof Ending ending) {
        endings.put(ending.id(), new EndingTally(ending, module.scoring().passing()));
      }
    }
  }

  /** Plays every path of {@code module} (up to {@link #MAX_PATHS}). */
  static PathWalk of(Module module) {
    PathWalk walk = new PathWalk(module);
    walk.walk(module.start(), module.initialVariables(), 0, 0, 0, 0);
    return walk;
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
            + MINUTES_FOR_REFLECTION
            + MINUTES_FOR_ACTION_PLAN;
    shortest = Math.min(shortest, minutes);
    longest = Math.max(longest, minutes);
    if (++paths >= MAX_PATHS) {
      stopped = true;
    }
  }

  private static int words(String text) {
    if (text == null || text.isBlank()) {
      return 0;
    }
    return text.strip().split("\\s+").length;
  }
}
