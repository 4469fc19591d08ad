package com.firstline.authoring.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.firstline.authoring.control.Overlay;
import java.util.List;
import org.junit.jupiter.api.Test;

class LearnerCsvTest {

  @Test
  void oneRowPerNodeAndPerChoiceWithSmallGroupsLeftEmpty() {
    Overlay.Figures figures =
        new Overlay.Figures(
            7,
            true,
            5,
            List.of(
                new Overlay.NodeFigures(
                    "opening",
                    7,
                    1,
                    42L,
                    0,
                    0,
                    List.of(
                        new Overlay.ChoiceFigures("listen", 4, 67),
                        new Overlay.ChoiceFigures("take-over", 2, 33))),
                new Overlay.NodeFigures("good", null, null, null, null, null, List.of())));

    assertEquals(
        "node,choice,attempts reaching,times taken,share %,stopped here,median seconds,ended"
            + " here,passed here\r\n"
            + "opening,,7,,,1,42,0,0\r\n"
            + "opening,listen,,4,67,,,,\r\n"
            + "opening,take-over,,2,33,,,,\r\n"
            + "good,,,,,,,,\r\n",
        LearnerCsv.of(figures));
  }
}
