package com.firstline.engagement.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.firstline.engagement.analytics.ComplementarySuppression.Outcome;
import com.firstline.engagement.analytics.ComplementarySuppression.Part;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PrivacyTest {
  private final Privacy five = new Privacy(5);
  private final ComplementarySuppression suppression = new ComplementarySuppression(five);

  @Test
  void aTeamOfFourIsNotReportableAndTheFloorIsThree() {
    assertFalse(five.reportable(4));
    assertTrue(five.reportable(5));
    assertThrows(IllegalArgumentException.class, () -> new Privacy(2));
    assertEquals(3, Privacy.atLeastFloor(1).minGroupSize());
  }

  @Test
  void aGroupOfOneTeamIsNeverShownWhateverItsSize() {
    assertFalse(five.groupReportable(1, 500));
    assertFalse(five.groupReportable(3, 4));
    assertTrue(five.groupReportable(2, 10));
  }

  @Test
  void aHiddenTeamOfFourTakesTheSmallestVisibleTeamWithIt() {
    Outcome outcome =
        suppression.apply(
            4 + 6 + 9 + 20,
            List.of(new Part("small", 4), new Part("b", 6), new Part("c", 9), new Part("d", 20)));

    assertEquals(Set.of("c", "d"), outcome.visibleParts(), "the team of 6 is hidden as well");
    assertTrue(outcome.totalVisible());
  }

  @Test
  void withTwoTeamsBothAreHiddenAndOnlyTheirTotalShown() {
    Outcome outcome = suppression.apply(4 + 12, List.of(new Part("small", 4), new Part("b", 12)));

    assertEquals(Set.of(), outcome.visibleParts(), "16 - 12 would otherwise reveal the team of 4");
    assertTrue(outcome.totalVisible());
  }

  @Test
  void aTotalMadeOfOneSmallTeamIsHidden() {
    Outcome outcome = suppression.apply(4, List.of(new Part("small", 4)));

    assertEquals(Set.of(), outcome.visibleParts());
    assertFalse(outcome.totalVisible());
  }

  @Test
  void respondentsOutsideEveryTeamCountAsAPart() {
    Outcome outcome = suppression.apply(30 + 3, List.of(new Part("a", 10), new Part("b", 20)));

    assertEquals(Set.of("b"), outcome.visibleParts(), "33 - 10 - 20 would reveal 3 people");
    assertTrue(outcome.totalVisible());
  }

  @Test
  void nothingSmallMeansNothingHidden() {
    Outcome outcome = suppression.apply(30, List.of(new Part("a", 10), new Part("b", 20)));

    assertEquals(Set.of("a", "b"), outcome.visibleParts());
    assertTrue(outcome.totalVisible());
  }
}
