package com.firstline.scenario.model;

import java.util.Locale;
import java.util.Optional;

/**
 * How a manager plays a module. In practice the coaching of a choice follows it at once; in an
 * assessment it is held back until the ending, then shown in a walk back through every choice.
 */
public enum PlayMode {
  PRACTICE,
  ASSESSMENT;

  /**
   * The mode a file or an LTI custom parameter names ({@code practice} or {@code assessment}, in
   * any case, spaces around ignored), or empty for anything else.
   */
  public static Optional<PlayMode> named(String name) {
    if (name == null) {
      return Optional.empty();
    }
    return switch (name.strip().toLowerCase(Locale.ROOT)) {
      case "practice" -> Optional.of(PRACTICE);
      case "assessment" -> Optional.of(ASSESSMENT);
      default -> Optional.empty();
    };
  }

  /** The name as written in files and custom parameters. */
  public String parameter() {
    return name().toLowerCase(Locale.ROOT);
  }
}
