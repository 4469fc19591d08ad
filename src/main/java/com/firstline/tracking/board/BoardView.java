package com.firstline.tracking.board;

import java.time.Instant;
import java.util.List;

/**
 * A module's completion board for a course.
 *
 * @param rosterProblem why the roster could not be refreshed just now (the stored one is shown)
 * @param actionPlansWritten how many action plans managers of the course wrote in this module: a
 *     count only, never their text
 */
public record BoardView(
    String moduleId,
    String moduleTitle,
    String courseTitle,
    Instant rosterRefreshedAt,
    String rosterProblem,
    List<Row> managers,
    int actionPlansWritten) {

  /**
   * @param status NOT_STARTED, IN_PROGRESS, COMPLETED or PASSED
   */
  public record Row(
      String userId,
      String name,
      String email,
      String status,
      Instant startedAt,
      Instant completedAt,
      Integer grade) {
    static Row of(BoardRows.Row row) {
      return new Row(
          row.userId(),
          row.name(),
          row.email(),
          row.standing().name(),
          row.startedAt(),
          row.completedAt(),
          row.grade());
    }
  }

  static BoardView of(
      String moduleId, String moduleTitle, String courseTitle, CompletionBoard.Board board) {
    return new BoardView(
        moduleId,
        moduleTitle,
        courseTitle,
        board.rosterRefreshedAt(),
        board.rosterProblem(),
        board.rows().stream().map(Row::of).toList(),
        board.actionPlans());
  }
}
