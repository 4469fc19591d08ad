package com.firstline.scenario.format;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean …?" for misspelt ids and field names. */
final class Suggestions {

  private Suggestions() {}

  /** The candidate closest to {@code written}, if it is close enough to be a likely typo. */
  static Optional<String> closest(String written, Collection<String> candidates) {
    int tolerance = Math.max(1, Math.min(3, (written.length() + 2) / 3));
    return candidates.stream()
        .filter(candidate -> !candidate.equals(written))
        .min(Comparator.comparingInt(candidate -> distance(written, candidate)))
        .filter(candidate -> distance(written, candidate) <= tolerance);
  }

  /** " Did you mean 'x'?" or nothing, ready to append to a message. */
  static String didYouMean(String written, Collection<String> candidates) {
    return closest(written, candidates).map(match -> " Did you mean '" + match + "'?").orElse("");
  }

  /** Levenshtein distance, case-insensitive: authors often just mistype a capital. */
  static int distance(String a, String b) {
    String left = a.toLowerCase(Locale.ROOT);
    String right = b.toLowerCase(Locale.ROOT);
    int[] previous = new int[right.length() + 1];
    int[] current = new int[right.length() + 1];
    for (int j = 0; j <= right.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= left.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= right.length(); j++) {
        int substitution = left.charAt(i - 1) == right.charAt(j - 1) ? 0 : 1;
        current[j] =
            Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + substitution);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[right.length()];
  }
}
