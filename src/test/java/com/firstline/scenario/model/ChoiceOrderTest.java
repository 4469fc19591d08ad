package com.firstline.scenario.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ChoiceOrderTest {

  private static final List<Choice> CHOICES =
      IntStream.range(0, 4)
          .mapToObj(
              i ->
                  new Choice(
                      "c" + i,
                      "Choice " + i,
                      List.of(Route.to("end")),
                      "c",
                      "k",
                      null,
                      Map.of(),
                      null))
          .toList();

  @Test
  void theSameAttemptSeesTheSameOrderEveryTime() {
    Module module = module(true);

    assertEquals(
        ChoiceOrder.forAttempt(module, 42, "opening", CHOICES),
        ChoiceOrder.forAttempt(module, 42, "opening", CHOICES));
  }

  @Test
  void attemptsSeeDifferentOrdersSoPositionGivesNothingAway() {
    Module module = module(true);
    Set<String> firstShown = new HashSet<>();
    for (long attempt = 1; attempt <= 40; attempt++) {
      firstShown.add(ChoiceOrder.forAttempt(module, attempt, "opening", CHOICES).get(0).id());
    }

    assertEquals(4, firstShown.size(), "every choice comes first for some attempt");
    assertNotEquals(
        ChoiceOrder.forAttempt(module, 7, "opening", CHOICES),
        ChoiceOrder.forAttempt(module, 7, "second", CHOICES),
        "scenes of one attempt are shuffled apart");
  }

  @Test
  void aModuleThatPinsTheOrderShowsFileOrder() {
    Module module = module(false);

    for (long attempt = 1; attempt <= 10; attempt++) {
      assertEquals(CHOICES, ChoiceOrder.forAttempt(module, attempt, "opening", CHOICES));
    }
    assertTrue(module(true).shuffleChoices());
  }

  private static Module module(boolean shuffle) {
    return new Module(
        "m",
        "M",
        "s",
        5,
        "en-GB",
        "a",
        List.of(),
        List.of("o"),
        false,
        new Scoring(ScoringMode.ENDING, 100, 70),
        List.of(),
        "opening",
        List.of(new Ending("end", "End", "d", 100, "r")),
        shuffle);
  }
}
