package com.firstline.player.control;

import com.firstline.scenario.model.Choice;
import com.firstline.scenario.model.Ending;
import com.firstline.scenario.model.Module;
import com.firstline.scenario.model.Route;
import com.firstline.scenario.model.Scene;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * How far along an attempt is. Branching modules have no fixed length, so the estimate is the steps
 * taken against those taken plus the fewest still needed to reach any ending.
 *
 * @param stepsLeftAtLeast choices still needed on the shortest way to an ending
 */
public record Progress(int percent, int stepsTaken, int stepsLeftAtLeast) {

  public static Progress of(Module module, String currentNode, int stepsTaken) {
    int left = fewestStepsToAnEnding(module, currentNode);
    int percent = left == 0 ? 100 : (int) Math.round(100.0 * stepsTaken / (stepsTaken + left));
    return new Progress(percent, stepsTaken, left);
  }

  /** Breadth-first over the routes, ignoring conditions: an estimate, not a promise. */
  static int fewestStepsToAnEnding(Module module, String from) {
    Map<String, Integer> distance = new HashMap<>();
    Deque<String> queue = new ArrayDeque<>();
    distance.put(from, 0);
    queue.add(from);
    while (!queue.isEmpty()) {
      String nodeId = queue.poll();
      int steps = distance.get(nodeId);
      if (module.node(nodeId).orElse(null) instanceof Ending) {
        return steps;
      }
      Scene scene = module.scene(nodeId).orElse(null);
      if (scene == null) {
        continue;
      }
      for (Choice choice : scene.choices()) {
        for (Route route : choice.routes()) {
          if (distance.putIfAbsent(route.target(), steps + 1) == null) {
            queue.add(route.target());
          }
        }
      }
    }
    return 0;
  }
}
