package com.firstline.scenario.analysis;

import com.firstline.scenario.model.Choice;
import com.firstline.scenario.model.Module;
import com.firstline.scenario.model.Scene;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The best choices of each decision in a module, judged over every path the player could take: a
 * choice is better than another when the best score reachable through it is higher, then when its
 * paths score higher on average (see {@link ChoiceTally}). Choices that tie on both are best alike;
 * a scene where every choice is as good as the others has no best choice and is left out. The
 * trainers' path analysis and the engagement reports' "encouraging path" both use this one rule, so
 * an author and an analyst see the same choice called best.
 */
public final class BestChoices {
  private BestChoices() {}

  /** Scene id to the ids of its best choices, for every scene with a real decision to make. */
  public static Map<String, Set<String>> of(Module module) {
    return of(PathWalk.of(module));
  }

  static Map<String, Set<String>> of(PathWalk walk) {
    Map<String, Set<String>> best = new LinkedHashMap<>();
    for (String sceneId : walk.decisionScenes) {
      Scene scene = walk.module.scene(sceneId).orElseThrow();
      ChoiceTally bestTally = null;
      Set<String> ids = new TreeSet<>();
      int tallied = 0;
      for (Choice choice : scene.choices()) {
        ChoiceTally tally = walk.choices.get(sceneId + "/" + choice.id());
        if (tally == null) {
          continue;
        }
        tallied++;
        int compared = bestTally == null ? 1 : tally.compareTo(bestTally);
        if (compared > 0) {
          bestTally = tally;
          ids.clear();
        }
        if (compared >= 0) {
          ids.add(choice.id());
        }
      }
      if (!ids.isEmpty() && ids.size() < tallied) {
        best.put(sceneId, Set.copyOf(ids));
      }
    }
    return best;
  }
}
