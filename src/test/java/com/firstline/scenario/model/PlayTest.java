package com.firstline.scenario.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rules a player follows: offered choices, effects, routes, scores. */
class PlayTest {

  private static Choice choice(
      String id, List<Route> routes, Map<String, Object> effects, Condition when) {
    return new Choice(id, "text", routes, "consequence", "coaching", 5, effects, when);
  }

  @Test
  void integerEffectsAreAddedAndBooleanEffectsSet() {
    Variables start = Variables.of(Map.of("trust", 1, "escalated", false));
    Choice choice =
        choice("c", List.of(Route.to("next")), Map.of("trust", -2, "escalated", true), null);

    Variables after = choice.applyEffects(start);

    assertEquals(-1, after.get("trust"));
    assertEquals(true, after.get("escalated"));
    assertEquals(1, start.get("trust"), "variables are immutable");
  }

  @Test
  void theFirstRouteWhoseConditionHoldsIsTaken() {
    Choice choice =
        choice(
            "c",
            List.of(
                new Route(Condition.parse("trust >= 3"), "great"),
                new Route(Condition.parse("trust >= 1"), "good"),
                Route.to("fallback")),
            Map.of(),
            null);

    assertEquals("great", choice.nextNodeId(Variables.of(Map.of("trust", 5))));
    assertEquals("good", choice.nextNodeId(Variables.of(Map.of("trust", 1))));
    assertEquals("fallback", choice.nextNodeId(Variables.of(Map.of("trust", 0))));
  }

  @Test
  void aSceneOffersOnlyTheChoicesWhoseConditionHolds() {
    Choice always = choice("always", List.of(Route.to("x")), Map.of(), null);
    Choice trusted =
        choice("trusted", List.of(Route.to("x")), Map.of(), Condition.parse("trust > 0"));
    Scene scene = new Scene("s", null, null, "text", null, List.of(always, trusted));

    assertEquals(List.of(always), scene.offeredChoices(Variables.of(Map.of("trust", 0))));
    assertEquals(List.of(always, trusted), scene.offeredChoices(Variables.of(Map.of("trust", 1))));
  }

  @Test
  void initialVariablesComeFromTheDeclarations() {
    Module module =
        new Module(
            "m",
            "t",
            "s",
            5,
            "en",
            "a",
            List.of(),
            List.of("o"),
            false,
            new Scoring(ScoringMode.ENDING, 100, 70),
            List.of(
                new VariableDeclaration("trust", VariableType.INTEGER, 0),
                new VariableDeclaration("escalated", VariableType.BOOLEAN, false)),
            "start",
            List.of());

    assertEquals(Variables.of(Map.of("trust", 0, "escalated", false)), module.initialVariables());
  }

  @Test
  void endingModeScoresTheEndingReached() {
    Scoring scoring = new Scoring(ScoringMode.ENDING, 100, 70);
    Ending good = new Ending("good", null, "d", 80, "r");
    Ending poor = new Ending("poor", null, "d", 40, "r");

    assertEquals(80, scoring.score(good, 999));
    assertTrue(scoring.passed(scoring.score(good, 0)));
    assertFalse(scoring.passed(scoring.score(poor, 0)));
  }

  @Test
  void choicesModeSumsTheChoiceScoresWithinZeroAndMaximum() {
    Scoring scoring = new Scoring(ScoringMode.CHOICES, 20, 15);
    Ending any = new Ending("end", null, "d", null, "r");

    assertEquals(15, scoring.score(any, 15));
    assertTrue(scoring.passed(15));
    assertFalse(scoring.passed(14));
    assertEquals(20, scoring.score(any, 35));
    assertEquals(0, scoring.score(any, -5));
  }
}
