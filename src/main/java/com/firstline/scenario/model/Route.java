package com.firstline.scenario.model;

/**
 * Where a choice leads: to {@code target} when {@code condition} holds. A null condition always
 * holds; a plain {@code next: id} is a single such route.
 */
public record Route(Condition condition, String target) {

  public static Route to(String target) {
    return new Route(null, target);
  }

  public boolean appliesTo(Variables variables) {
    return condition == null || condition.holds(variables);
  }
}
