package com.firstline.scenario.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class GradePolicyTest {
  private static final List<GradePolicy.Completion> RETAKES =
      List.of(
          new GradePolicy.Completion(1, 15),
          new GradePolicy.Completion(2, 85),
          new GradePolicy.Completion(3, 35));

  @Test
  void bestNeverLetsARetakeLowerTheGrade() {
    assertEquals(85, GradePolicy.BEST.gradeOf(RETAKES).orElseThrow().score());
  }

  @Test
  void latestIsTheLastCompletionWhateverItScored() {
    assertEquals(35, GradePolicy.LATEST.gradeOf(RETAKES).orElseThrow().score());
  }

  @Test
  void ofEqualBestScoresTheLatestCompletionCounts() {
    GradePolicy.Completion chosen =
        GradePolicy.BEST
            .gradeOf(List.of(new GradePolicy.Completion(4, 90), new GradePolicy.Completion(7, 90)))
            .orElseThrow();
    assertEquals(7, chosen.order());
  }

  @Test
  void noCompletionsNoGrade() {
    assertTrue(GradePolicy.BEST.gradeOf(List.of()).isEmpty());
  }
}
