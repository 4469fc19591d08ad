package com.firstline.authoring.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OverlayTest {
  private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
  private final List<Overlay.AttemptRow> attempts = new ArrayList<>();
  private final List<Overlay.StepRow> steps = new ArrayList<>();

  /** An attempt that chose {@code choice} at "opening" after {@code seconds}, then ended. */
  private void played(long id, String choice, int seconds, String ending, boolean passed) {
    attempts.add(new Overlay.AttemptRow(id, "COMPLETED", ending, T0, passed));
    steps.add(
        new Overlay.StepRow(id, 1, "CHOICE", "opening", choice, ending, T0.plusSeconds(seconds)));
  }

  private void stoppedAtStart(long id) {
    attempts.add(new Overlay.AttemptRow(id, "IN_PROGRESS", "opening", T0, null));
  }

  @Test
  void sharesReachDropOffAndMedianTime() {
    played(1, "listen", 10, "good", true);
    played(2, "listen", 20, "good", true);
    played(3, "listen", 30, "good", false);
    played(4, "take-over", 40, "poor", false);
    stoppedAtStart(5);

    Overlay.Figures figures = Overlay.of(attempts, steps, 3);

    assertTrue(figures.shown());
    assertEquals(5, figures.attempts());
    Overlay.NodeFigures opening = node(figures, "opening");
    assertEquals(5, opening.reached());
    assertEquals(1, opening.stopped());
    assertEquals(25L, opening.medianSeconds());
    assertEquals(
        List.of(
            new Overlay.ChoiceFigures("listen", 3, 75),
            new Overlay.ChoiceFigures("take-over", 1, 25)),
        opening.choices());
    Overlay.NodeFigures good = node(figures, "good");
    assertEquals(3, good.endedHere());
    assertEquals(2, good.passedHere());
  }

  @Test
  void groupsUnderTheMinimumShowNoFigures() {
    played(1, "listen", 10, "good", true);
    played(2, "listen", 20, "good", true);
    played(3, "take-over", 30, "poor", false);
    played(4, "take-over", 30, "poor", false);

    assertFalse(Overlay.of(attempts, steps, 5).shown());
    assertTrue(Overlay.of(attempts, steps, 5).nodes().isEmpty());

    played(5, "listen", 10, "good", true);
    Overlay.Figures figures = Overlay.of(attempts, steps, 5);
    assertEquals(5, node(figures, "opening").reached());
    assertNull(node(figures, "good").reached(), "three attempts ended well: too few to show");
    assertNull(node(figures, "poor").endedHere());
  }

  private static Overlay.NodeFigures node(Overlay.Figures figures, String id) {
    return figures.nodes().stream().filter(n -> n.nodeId().equals(id)).findFirst().orElseThrow();
  }
}
