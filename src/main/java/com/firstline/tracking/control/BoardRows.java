package com.firstline.tracking.control;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Sets a roster's managers against their attempts at a module: one row each, with the furthest they
 * got. Passed beats completed beats in progress beats not started; the dates are the first start
 * and the completion that counts (the first pass, else the latest completion). Pure logic.
 */
public final class BoardRows {
  private BoardRows() {}

  public enum Standing {
    NOT_STARTED,
    IN_PROGRESS,
    COMPLETED,
    PASSED
  }

  /** A roster member the board lists. */
  public record Manager(String userId, String name, String email) {}

  /** One attempt, as far as the board cares. */
  public record AttemptFact(
      String userId,
      String status,
      Boolean passed,
      Integer score,
      Instant startedAt,
      Instant completedAt) {}

  public record Row(
      String userId,
      String name,
      String email,
      Standing standing,
      Instant startedAt,
      Instant completedAt,
      Integer bestScore) {}

  public static List<Row> of(List<Manager> managers, Map<String, List<AttemptFact>> attempts) {
    return managers.stream()
        .map(manager -> row(manager, attempts.getOrDefault(manager.userId(), List.of())))
        .sorted(
            Comparator.comparing(
                    (Row r) -> r.name() == null ? r.userId() : r.name(),
                    String.CASE_INSENSITIVE_ORDER)
                .thenComparing(Row::userId))
        .toList();
  }

  static Row row(Manager manager, List<AttemptFact> attempts) {
    Standing standing = Standing.NOT_STARTED;
    Instant started = null;
    Instant firstPass = null;
    Instant lastCompletion = null;
    Integer best = null;
    for (AttemptFact attempt : attempts) {
      started = earliest(started, attempt.startedAt());
      boolean completed = "COMPLETED".equals(attempt.status()) && attempt.completedAt() != null;
      if (completed) {
        lastCompletion = latest(lastCompletion, attempt.completedAt());
        if (attempt.score() != null && (best == null || attempt.score() > best)) {
          best = attempt.score();
        }
        if (Boolean.TRUE.equals(attempt.passed())) {
          firstPass = earliest(firstPass, attempt.completedAt());
        }
      }
    }
    if (firstPass != null) {
      standing = Standing.PASSED;
    } else if (lastCompletion != null) {
      standing = Standing.COMPLETED;
    } else if (started != null) {
      standing = Standing.IN_PROGRESS;
    }
    return new Row(
        manager.userId(),
        manager.name(),
        manager.email(),
        standing,
        started,
        firstPass != null ? firstPass : lastCompletion,
        best);
  }

  private static Instant earliest(Instant a, Instant b) {
    return a == null || (b != null && b.isBefore(a)) ? b : a;
  }

  private static Instant latest(Instant a, Instant b) {
    return a == null || (b != null && b.isAfter(a)) ? b : a;
  }
}
