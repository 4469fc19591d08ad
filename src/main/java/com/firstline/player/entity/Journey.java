package com.firstline.player.entity;

import com.firstline.scenario.model.Choice;
import com.firstline.scenario.model.Module;
import java.util.ArrayList;
import java.util.List;

/**
 * The path an attempt took, rebuilt from its recorded steps: a choice moves forward, a step back
 * undoes the last choice. Since steps are never rewritten, replaying them always gives the same
 * path.
 */
public final class Journey {
  /** Where the attempt stood, and the choice that brought it there (null for the start). */
  public record Leg(Position position, Choice choice, String fromNode) {}

  private Journey() {}

  public static List<Leg> replay(Module module, List<AttemptStep> steps) {
    List<Leg> legs = new ArrayList<>();
    legs.add(new Leg(new Position(module.start(), module.initialVariables(), 0), null, null));
    for (AttemptStep step : steps) {
      if (step.kind() == StepKind.BACK) {
        legs.remove(legs.size() - 1);
        continue;
      }
      Position from = legs.get(legs.size() - 1).position();
      Choice choice = choiceAt(module, step.nodeId(), step.choiceId());
      Position to =
          new Position(
              step.toNode(),
              choice.applyEffects(from.variables()),
              from.choiceScoreSum() + choice.scoreOrZero());
      legs.add(new Leg(to, choice, step.nodeId()));
    }
    return legs;
  }

  static Choice choiceAt(Module module, String nodeId, String choiceId) {
    return module
        .scene(nodeId)
        .flatMap(scene -> scene.choices().stream().filter(c -> c.id().equals(choiceId)).findFirst())
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "Choice " + choiceId + " at " + nodeId + " is not in " + module.id()));
  }
}
