package com.firstline.engagement.imports;

import java.util.ArrayList;
import java.util.List;

/**
 * Every problem found in a file: the first {@value #KEPT} with line, column and reason, and how
 * many there were in all.
 */
public final class RowProblems {
  public static final int KEPT = 100;

  /** One bad value: line 1 is the header, column is the header's name (or null for a row). */
  public record Problem(long line, String column, String reason) {}

  private final List<Problem> first = new ArrayList<>();
  private long total;

  public void add(long line, String column, String reason) {
    total++;
    if (first.size() < KEPT) {
      first.add(new Problem(line, column, reason));
    }
  }

  public boolean any() {
    return total > 0;
  }

  public long total() {
    return total;
  }

  public List<Problem> first() {
    return List.copyOf(first);
  }
}
