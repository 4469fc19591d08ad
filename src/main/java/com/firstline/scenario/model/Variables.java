package com.firstline.scenario.model;

import java.util.HashMap;
import java.util.Map;

/**
 * The values of a module's variables at one point of an attempt: name to Integer or Boolean.
 * Immutable; every change returns new variables, so an attempt can keep each step's values.
 */
public record Variables(Map<String, Object> values) {

  public Variables {
    for (Map.Entry<String, Object> entry : values.entrySet()) {
      if (!(entry.getValue() instanceof Integer) && !(entry.getValue() instanceof Boolean)) {
        throw new IllegalArgumentException(
            "Variable '" + entry.getKey() + "' must be an Integer or a Boolean");
      }
    }
    values = Map.copyOf(values);
  }

  public static Variables none() {
    return new Variables(Map.of());
  }

  public static Variables of(Map<String, Object> values) {
    return new Variables(values);
  }

  /** The value of {@code name}, or null when there is no such variable. */
  public Object get(String name) {
    return values.get(name);
  }

  /** An integer effect is added to the current value (0 when unset); a boolean effect is set. */
  public Variables apply(String name, Object effect) {
    if (effect instanceof Integer delta) {
      Object current = values.get(name);
      int base = current instanceof Integer number ? number : 0;
      return with(name, base + delta);
    }
    return with(name, effect);
  }

  public Variables with(String name, Object value) {
    Map<String, Object> changed = new HashMap<>(values);
    changed.put(name, value);
    return new Variables(changed);
  }
}
