package com.firstline.engagement.paths;

import com.firstline.scenario.model.Choice;
import com.firstline.scenario.model.Ending;
import com.firstline.scenario.model.Module;
import com.firstline.scenario.model.Node;
import com.firstline.scenario.model.Scene;
import com.firstline.scenario.model.Variables;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A module's encouraging path, choice by choice. Every path through the module is played as the
 * player would (effects and conditions applied, scored by the module's own scoring), and at each
 * scene that offers a real decision the encouraging choice is the one whose paths reach the best
 * score; between choices reaching the same best score, the one whose paths score higher on average.
 * This is the rule the trainers' path analysis uses for a scene's best choice, so an author sees
 * the same choice called best there. Choices that tie on both count as encouraging alike. A manager
 * took the encouraging path when every decision they made was an encouraging choice.
 */
public final class EncouragingChoices {
  /** Paths played before the walk stops; the modules Firstline ships have under a thousand. */
  static final int MAX_PATHS = 100_000;

  private static final int MAX_STEPS = 200;

  private final Module module;
  private final Map<String, Tally> tallies = new HashMap<>();
  private final Set<List<Object>> onPath = new HashSet<>();
  private final java.util.ArrayDeque<String[]> taken = new java.util.ArrayDeque<>();
  private final Set<String> decisionScenes = new TreeSet<>();
  private int paths;

  private EncouragingChoices(Module module) {
    this.module = module;
  }

  /** Scene id to the ids of its encouraging choices, for every scene with a decision to make. */
  public static Map<String, Set<String>> of(Module module) {
    EncouragingChoices walk = new EncouragingChoices(module);
    walk.walk(module.start(), module.initialVariables(), 0, 0);
    return walk.encouraging();
  }

  private void walk(String nodeId, Variables variables, int choiceScores, int steps) {
    if (paths >= MAX_PATHS) {
      return;
    }
    Node node = module.node(nodeId).orElse(null);
    if (node instanceof Ending ending) {
      paths++;
      int score = module.scoring().score(ending, choiceScores, variables);
      for (String[] step : taken) {
        tallies.computeIfAbsent(step[0] + "/" + step[1], k -> new Tally()).add(score);
      }
      return;
    }
    if (!(node instanceof Scene scene)) {
      return;
    }
    List<Object> state = List.of(nodeId, variables.values());
    if (steps >= MAX_STEPS || !onPath.add(state)) {
      return;
    }
    List<Choice> offered = scene.offeredChoices(variables);
    if (offered.size() > 1) {
      decisionScenes.add(scene.id());
    }
    for (Choice choice : offered) {
      Variables after = choice.applyEffects(variables);
      taken.push(new String[] {scene.id(), choice.id()});
      walk(choice.nextNodeId(after), after, choiceScores + choice.scoreOrZero(), steps + 1);
      taken.pop();
    }
    onPath.remove(state);
  }

  private Map<String, Set<String>> encouraging() {
    Map<String, Set<String>> result = new LinkedHashMap<>();
    for (String sceneId : decisionScenes) {
      Scene scene = module.scene(sceneId).orElseThrow();
      Tally best = null;
      Set<String> ids = new TreeSet<>();
      for (Choice choice : scene.choices()) {
        Tally tally = tallies.get(sceneId + "/" + choice.id());
        if (tally == null) {
          continue;
        }
        int compared = best == null ? 1 : tally.compareTo(best);
        if (compared > 0) {
          best = tally;
          ids.clear();
          ids.add(choice.id());
        } else if (compared == 0) {
          ids.add(choice.id());
        }
      }
      // A scene where every choice is as good as the others has no encouraging choice to take.
      if (!ids.isEmpty() && ids.size() < tallied(scene)) {
        result.put(sceneId, Set.copyOf(ids));
      }
    }
    return result;
  }

  private int tallied(Scene scene) {
    return (int)
        scene.choices().stream()
            .filter(c -> tallies.containsKey(scene.id() + "/" + c.id()))
            .count();
  }

  /** Scores of the complete paths through one choice at one scene. */
  private static final class Tally implements Comparable<Tally> {
    private int best = Integer.MIN_VALUE;
    private long sum;
    private int count;

    void add(int score) {
      best = Math.max(best, score);
      sum += score;
      count++;
    }

    @Override
    public int compareTo(Tally other) {
      int byBest = Integer.compare(best, other.best);
      return byBest != 0 ? byBest : Long.compare(sum * other.count, other.sum * count);
    }
  }
}
