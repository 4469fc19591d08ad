package com.firstline.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.firstline.scenario.model.GradePolicy;
import com.firstline.tracking.board.BoardRows;
import com.firstline.tracking.board.BoardRows.AttemptFact;
import com.firstline.tracking.board.BoardRows.Manager;
import com.firstline.tracking.board.BoardRows.Standing;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BoardRowsTest {
  private static final Instant T1 = Instant.parse("2026-03-01T09:00:00Z");
  private static final Instant T2 = Instant.parse("2026-03-02T09:00:00Z");
  private static final Instant T3 = Instant.parse("2026-03-03T09:00:00Z");

  @Test
  void eachManagerGetsTheirFurthestStanding() {
    List<BoardRows.Row> rows =
        BoardRows.of(
            List.of(
                new Manager("a", "Ada", null),
                new Manager("b", "Ben", null),
                new Manager("c", "Cy", null),
                new Manager("d", "Di", null)),
            Map.of(
                "b", List.of(new AttemptFact("b", "IN_PROGRESS", null, null, T1, null, 1)),
                "c", List.of(new AttemptFact("c", "COMPLETED", false, 40, T1, T2, 2)),
                "d",
                    List.of(
                        new AttemptFact("d", "COMPLETED", false, 40, T1, T2, 3),
                        new AttemptFact("d", "COMPLETED", true, 90, T2, T3, 4),
                        new AttemptFact("d", "IN_PROGRESS", null, null, T3, null, 5))),
            GradePolicy.BEST);
    assertEquals(Standing.NOT_STARTED, rows.get(0).standing());
    assertNull(rows.get(0).startedAt());
    assertEquals(Standing.IN_PROGRESS, rows.get(1).standing());
    assertEquals(T1, rows.get(1).startedAt());
    assertEquals(Standing.COMPLETED, rows.get(2).standing());
    assertEquals(T2, rows.get(2).completedAt());
    assertEquals(Standing.PASSED, rows.get(3).standing());
    assertEquals(T1, rows.get(3).startedAt());
    assertEquals(T3, rows.get(3).completedAt());
    assertEquals(90, rows.get(3).grade());
  }

  @Test
  void rowsAreSortedByNameThenId() {
    List<BoardRows.Row> rows =
        BoardRows.of(
            List.of(
                new Manager("2", "zoe", null),
                new Manager("1", null, null),
                new Manager("3", "Al", null)),
            Map.of(),
            GradePolicy.BEST);
    assertEquals(List.of("1", "3", "2"), rows.stream().map(BoardRows.Row::userId).toList());
  }

  @Test
  void theBestPolicyKeepsTheBestScoreAndThePassWhenARetakeScoresLower() {
    BoardRows.Row row =
        BoardRows.of(List.of(new Manager("e", "Eve", null)), retakeAfterAPass(), GradePolicy.BEST)
            .get(0);
    assertEquals(Standing.PASSED, row.standing());
    assertEquals(100, row.grade());
  }

  @Test
  void theLatestPolicyShowsTheRetakesScoreAndStanding() {
    BoardRows.Row row =
        BoardRows.of(List.of(new Manager("e", "Eve", null)), retakeAfterAPass(), GradePolicy.LATEST)
            .get(0);
    assertEquals(Standing.COMPLETED, row.standing());
    assertEquals(35, row.grade());
  }

  private static Map<String, List<AttemptFact>> retakeAfterAPass() {
    return Map.of(
        "e",
        List.of(
            new AttemptFact("e", "COMPLETED", true, 100, T1, T2, 10),
            new AttemptFact("e", "COMPLETED", false, 35, T2, T3, 11)));
  }
}
