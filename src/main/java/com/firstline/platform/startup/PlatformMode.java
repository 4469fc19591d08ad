package com.firstline.platform.startup;

import java.util.Locale;

/**
 * How the server runs. {@code production} is the default: only the Maven-run server and the
 * integration-test server say {@code development} (see pom.xml), so an installation that forgets
 * the setting gets the strict behaviour, never the lenient one. Pure logic.
 */
public enum PlatformMode {
  PRODUCTION,
  DEVELOPMENT;

  /** The configuration key that selects the mode. */
  public static final String KEY = "platform.mode";

  /** The mode named by a {@code platform.mode} value; anything unrecognised is refused. */
  public static PlatformMode parse(String value) {
    if (value == null || value.isBlank()) {
      return PRODUCTION;
    }
    return switch (value.trim().toLowerCase(Locale.ROOT)) {
      case "production" -> PRODUCTION;
      case "development" -> DEVELOPMENT;
      default ->
          throw new IllegalArgumentException(
              KEY + " is '" + value + "'; it must be 'production' or 'development'");
    };
  }

  public boolean isDevelopment() {
    return this == DEVELOPMENT;
  }
}
