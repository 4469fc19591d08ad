package com.firstline.scenario.model;

import java.util.List;
import java.util.Map;

/**
 * One response a scene offers.
 *
 * @param routes where the choice leads; the first whose condition holds is taken
 * @param consequence what happens and how people react
 * @param coaching why this works or not
 * @param score counted in {@link ScoringMode#CHOICES} mode; null counts as zero
 * @param effects variable name to an Integer (added) or a Boolean (set)
 * @param condition the choice is only offered when this holds; null means always
 */
public record Choice(
    String id,
    String text,
    List<Route> routes,
    String consequence,
    String coaching,
    Integer score,
    Map<String, Object> effects,
    Condition condition) {

  public Choice {
    routes = List.copyOf(routes);
    effects = Map.copyOf(effects);
  }

  public boolean isOfferedWith(Variables variables) {
    return condition == null || condition.holds(variables);
  }

  /** The variables after this choice: integer effects are added, boolean effects are set. */
  public Variables applyEffects(Variables variables) {
    Variables result = variables;
    for (Map.Entry<String, Object> effect : effects.entrySet()) {
      result = result.apply(effect.getKey(), effect.getValue());
    }
    return result;
  }

  /**
   * The node this choice leads to, given the variables after its effects. A validated module always
   * ends its route list with an unconditional route, so a route is always found.
   */
  public String nextNodeId(Variables variables) {
    return routes.stream()
        .filter(route -> route.appliesTo(variables))
        .map(Route::target)
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalStateException("No route of choice '" + id + "' applies: " + variables));
  }

  /** This choice's contribution to a {@link ScoringMode#CHOICES} score. */
  public int scoreOrZero() {
    return score == null ? 0 : score;
  }
}
