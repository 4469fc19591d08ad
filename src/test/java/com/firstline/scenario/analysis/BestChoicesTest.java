package com.firstline.scenario.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.firstline.scenario.model.Choice;
import com.firstline.scenario.model.Ending;
import com.firstline.scenario.model.Module;
import com.firstline.scenario.model.Node;
import com.firstline.scenario.model.Route;
import com.firstline.scenario.model.Scene;
import com.firstline.scenario.model.Scoring;
import com.firstline.scenario.model.ScoringMode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BestChoicesTest {
  private static Choice choice(String id, String to, Integer score) {
    return new Choice(id, "text", List.of(Route.to(to)), "c", "c", score, Map.of(), null);
  }

  private static Scene scene(String id, Choice... choices) {
    return new Scene(id, null, null, "text", null, List.of(choices));
  }

  private static Module module(Scoring scoring, List<Node> nodes) {
    return new Module(
        "m",
        "t",
        "s",
        5,
        "en",
        "a",
        List.of(),
        List.of("o"),
        false,
        scoring,
        List.of(),
        "start",
        nodes);
  }

  @Test
  void theChoiceTowardTheBestScoredEndingIsBestAndTheAverageBreaksATie() {
    Module module =
        module(
            new Scoring(ScoringMode.ENDING, 100, 70),
            List.of(
                scene("start", choice("listen", "talk", null), choice("blame", "poor", null)),
                // Both reach 100, but "thank" always does and "praise" only sometimes.
                scene("talk", choice("thank", "great", null), choice("praise", "mixed", null)),
                scene("mixed", choice("follow-up", "great", null), choice("drop-it", "poor", null)),
                // Every choice here is as good as the other: nothing to encourage.
                scene("late", choice("a", "great", null), choice("b", "great", null)),
                new Ending("great", null, "d", 100, "r"),
                new Ending("poor", null, "d", 20, "r")));

    Map<String, Set<String>> best = BestChoices.of(module);

    assertEquals(Set.of("listen"), best.get("start"));
    assertEquals(Set.of("thank"), best.get("talk"));
    assertEquals(Set.of("follow-up"), best.get("mixed"));
    assertFalse(best.containsKey("late"), "an unreachable scene decides nothing");
  }

  @Test
  void inChoicesModeTheScoresOfTheChoicesDecide() {
    Module module =
        module(
            new Scoring(ScoringMode.CHOICES, 20, 15),
            List.of(
                scene("start", choice("kind", "next", 10), choice("curt", "next", 2)),
                scene("next", choice("same-a", "end", 5), choice("same-b", "end", 5)),
                new Ending("end", null, "d", null, "r")));

    Map<String, Set<String>> best = BestChoices.of(module);

    assertEquals(Set.of("kind"), best.get("start"));
    assertFalse(best.containsKey("next"), "equal choices: none is the encouraging one");
  }
}
