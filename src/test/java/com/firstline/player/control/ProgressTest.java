package com.firstline.player.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.firstline.scenario.format.ModuleCheck;
import com.firstline.scenario.model.Module;
import org.junit.jupiter.api.Test;

class ProgressTest {
  private static final Module MODULE =
      ModuleCheck.check(
              "two-ways.yaml",
              """
              id: two-ways
              title: Two ways
              summary: A short way and a long way to the end.
              minutes: 5
              locale: en
              author: Firstline
              tags: [test]
              objectives: [Tell the short way from the long way.]
              scoring: { mode: ending, maximum: 100, passing: 50 }
              start: a
              nodes:
                - id: a
                  type: scene
                  text: Start.
                  choices:
                    - id: short
                      text: Short way.
                      next: done
                      consequence: It ends.
                      coaching: Quick.
                    - id: long
                      text: Long way.
                      next: b
                      consequence: It goes on.
                      coaching: Slow.
                - id: b
                  type: scene
                  text: Middle.
                  choices:
                    - id: finish
                      text: Finish.
                      next: done
                      consequence: It ends.
                      coaching: At last.
                - id: done
                  type: end
                  title: Done
                  debrief: You reached the end.
                  score: 100
                  reflection: What did you notice?
              """)
          .module()
          .orElseThrow();

  @Test
  void atTheStartTheShortestWayDecidesWhatIsLeft() {
    assertEquals(new Progress(0, 0, 1), Progress.of(MODULE, "a", 0));
  }

  @Test
  void halfwayOnTheLongWay() {
    assertEquals(new Progress(50, 1, 1), Progress.of(MODULE, "b", 1));
  }

  @Test
  void anEndingIsComplete() {
    assertEquals(new Progress(100, 2, 0), Progress.of(MODULE, "done", 2));
  }
}
