package com.firstline.tracking.board;

import com.firstline.scenario.model.GradePolicy;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
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
      Instant completedAt,
      long attemptId) {}

  public record Row(
      String userId,
      String name,
      String email,
      Standing standing,
      Instant startedAt,
      Instant completedAt,
      Integer grade) {}

  public static List<Row> of(
      List<Manager> managers, Map<String, List<AttemptFact>> attempts, GradePolicy policy) {
    return managers.stream()
        .map(manager -> row(manager, attempts.getOrDefault(manager.userId(), List.of()), policy))
        .sorted(
            Comparator.comparing(
                    (Row r) -> r.name() == null ? r.userId() : r.name(),
                    String.CASE_INSENSITIVE_ORDER)
                .thenComparing(Row::userId))
        .toList();
  }

  /**
   * One manager's row. The grade is the module's policy's pick among completed attempts (the same
   * figure the LMS receives); "passed" follows it: with the best score, once passed stays passed;
   * with the latest, a later attempt that did not pass undoes it.
   */
  static Row row(Manager manager, List<AttemptFact> attempts, GradePolicy policy) {
    Standing standing = Standing.NOT_STARTED;
    Instant started = null;
    Instant firstPass = null;
    Instant lastCompletion = null;
    Map<Long, AttemptFact> completedById = new HashMap<>();
    for (AttemptFact attempt : attempts) {
      started = earliest(started, attempt.startedAt());
      boolean completed = "COMPLETED".equals(attempt.status()) && attempt.completedAt() != null;
      if (completed && attempt.score() != null) {
        completedById.put(attempt.attemptId(), attempt);
        lastCompletion = latest(lastCompletion, attempt.completedAt());
        if (Boolean.TRUE.equals(attempt.passed())) {
          firstPass = earliest(firstPass, attempt.completedAt());
        }
      }
    }
    AttemptFact graded =
        policy
            .gradeOf(
                completedById.values().stream()
                    .map(a -> new GradePolicy.Completion(a.attemptId(), a.score()))
                    .toList())
            .map(completion -> completedById.get(completion.order()))
            .orElse(null);
    if (graded != null && policy == GradePolicy.LATEST && !Boolean.TRUE.equals(graded.passed())) {
      firstPass = null;
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
        graded == null ? null : graded.score());
  }

  private static Instant earliest(Instant a, Instant b) {
    return a == null || (b != null && b.isBefore(a)) ? b : a;
  }

  private static Instant latest(Instant a, Instant b) {
    return a == null || (b != null && b.isAfter(a)) ? b : a;
  }
}
