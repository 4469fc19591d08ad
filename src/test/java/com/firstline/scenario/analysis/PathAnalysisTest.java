package com.firstline.scenario.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.firstline.scenario.format.ContentError;
import com.firstline.scenario.format.ModuleCheck;
import com.firstline.scenario.format.ModuleReport;
import com.firstline.scenario.model.Ending;
import com.firstline.scenario.model.Variables;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The path analysis on small modules written for one finding each, read through the same check the
 * build, the API and the importer use.
 */
class PathAnalysisTest {

  private static final String HEAD =
      """
      id: fixture
      title: Fixture
      summary: A small module for one finding.
      minutes: 3
      locale: en-GB
      author: Firstline
      tags: [test]
      objectives: [Show one finding.]
      """;

  /** Two decisions scored on a team scale; the second always goes to the same ending. */
  private static final String SCALES =
      HEAD
          + """
          scoring: { mode: scales, maximum: 100, passing: 70, scales: [team] }
          variables:
            team: { type: integer, initial: 0 }
          start: first
          nodes:
            - id: first
              type: scene
              text: The rota clashes with Jo's childcare.
              choices:
                - id: listen
                  text: Ask Jo what would work.
                  next: second
                  consequence: Jo explains.
                  coaching: Asking first.
                  effects: { team: 50 }
                - id: refuse
                  text: Say the rota is fixed and cannot change.
                  next: second
                  consequence: Jo goes quiet.
                  coaching: Closed.
            - id: second
              type: scene
              text: Jo comes back with a swap.
              choices:
                - id: agree
                  text: Agree to the swap.
                  next: sorted
                  consequence: The swap works.
                  coaching: Trusting the swap.
                  effects: { team: 50 }
            - id: sorted
              type: end
              title: Sorted together
              debrief: The rota works for Jo and the team.
              reflection: Whose rota problem could you solve together this week?
          """;

  @Test
  void anEndingThatPassesOnSomePathsAndFailsOnOthersIsAnErrorAtThatEnding() {
    ModuleReport report = check(SCALES);

    ContentError error = onlyError(report);
    assertEquals("sorted", error.nodeId());
    assertEquals(lineOf(SCALES, "- id: sorted"), error.line());
    assertTrue(error.message().contains("passes on 1 of the 2 paths"), error.message());
    PathReport.EndingReport sorted = report.paths().orElseThrow().endings().get(0);
    assertEquals(50, sorted.lowestScore());
    assertEquals(100, sorted.highestScore());
    assertEquals(0.5, sorted.passShare());
  }

  @Test
  void anEndingDeclaredMixedMayPassOnSomePathsOnly() {
    ModuleReport report =
        check(
            SCALES.replace("title: Sorted together", "title: Sorted together\n    outcome: mixed"));

    assertEquals(List.of(), report.errors());
  }

  @Test
  void aGoodOutcomeThatFailsOnSomePathsIsAnErrorOnItsOutcome() {
    String text =
        SCALES.replace("title: Sorted together", "title: Sorted together\n    outcome: good");
    ModuleReport report = check(text);

    ContentError error = onlyError(report);
    assertEquals(lineOf(text, "outcome: good"), error.line());
    assertTrue(error.message().contains("fails on 1 of the 2 paths"), error.message());
  }

  @Test
  void aPoorOutcomeThatSomePathPassesIsOneErrorOnItsOutcome() {
    String text =
        SCALES.replace("title: Sorted together", "title: Sorted together\n    outcome: poor");
    ModuleReport report = check(text);

    ContentError error = onlyError(report);
    assertEquals(lineOf(text, "outcome: poor"), error.line());
    assertTrue(
        error.message().contains("marked as a poor outcome but 1 of the 2"), error.message());
  }

  @Test
  void aGoodOutcomeThatNoPathCanPassIsAnError() {
    String text =
        SCALES
            .replace("effects: { team: 50 }", "effects: { team: 10 }")
            .replace("title: Sorted together", "title: Sorted together\n    outcome: good");
    ModuleReport report = check(text);

    ContentError error = onlyError(report);
    assertEquals("sorted", error.nodeId());
    assertTrue(error.message().contains("marked as a good outcome but no path"), error.message());
  }

  @Test
  void anEndingNoPathReachesUnderItsConditionsIsAnError() {
    String text =
        SCALES
                .replace(
                    "next: sorted",
                    "next:\n          - when: \"team >= 200\"\n            goto: praised\n          - goto: sorted")
                .replace("title: Sorted together", "title: Sorted together\n    outcome: mixed")
            + """
              - id: praised
                type: end
                title: Praised
                debrief: Never happens.
                reflection: Why not?
            """;
    ModuleReport report = check(text);

    ContentError error = onlyError(report);
    assertEquals("praised", error.nodeId());
    assertTrue(error.message().contains("never reached"), error.message());
    assertEquals(0, report.paths().orElseThrow().endings().get(1).paths());
  }

  @Test
  void aParagraphIsShownOnlyOnThePathsWhereItsConditionHolds() {
    String text =
        SCALES.replace(
            "title: Sorted together",
            """
                title: Sorted together
                    outcome: mixed
                    paragraphs:
                      - when: "team >= 100"
                        text: You asked Jo first, and the swap was Jo's idea.
                      - when: "team < 0"
                        text: You turned Jo down in front of everyone.""");
    ModuleReport report = check(text);

    assertEquals(List.of(), report.errors());
    Ending sorted = (Ending) report.module().orElseThrow().node("sorted").orElseThrow();
    assertTrue(sorted.debriefFor(Variables.of(Map.of("team", 100))).contains("Jo's idea"));
    assertFalse(sorted.debriefFor(Variables.of(Map.of("team", 50))).contains("Jo's idea"));
    ContentError neverShown = report.warnings().get(0);
    assertTrue(neverShown.message().contains("shown on no path"), neverShown.message());
    assertEquals(lineOf(text, "- when: \"team < 0\""), neverShown.line());
  }

  @Test
  void theBestChoiceBeingTheLongestInMostDecisionsIsAWarning() {
    String text =
        SCALES
            .replace("title: Sorted together", "title: Sorted together\n    outcome: mixed")
            .replace(
                "text: Ask Jo what would work.",
                "text: Ask Jo what would work for the family and for the team, and listen.");
    ModuleReport cued = check(text);
    ModuleReport balanced =
        check(
            SCALES.replace("title: Sorted together", "title: Sorted together\n    outcome: mixed"));

    assertEquals(1, cued.paths().orElseThrow().longestIsBest());
    assertTrue(
        cued.warnings().stream().anyMatch(w -> w.message().contains("In 1 of 1 decisions (first)")),
        cued.warnings().toString());
    assertEquals(0, balanced.paths().orElseThrow().longestIsBest());
    assertTrue(balanced.warnings().stream().noneMatch(w -> w.message().contains("decisions")));
  }

  @Test
  void declaredMinutesFarFromEveryPathIsAWarningOnMinutes() {
    String text =
        SCALES
            .replace("minutes: 3", "minutes: 30")
            .replace("title: Sorted together", "title: Sorted together\n    outcome: mixed");
    ModuleReport report = check(text);

    ContentError warning = report.warnings().get(0);
    assertEquals(lineOf(text, "minutes: 30"), warning.line());
    assertTrue(warning.message().contains("'minutes' says 30"), warning.message());
  }

  @Test
  void aSceneWhereEveryChoiceIsWithheldOnSomePathIsAnError() {
    String text =
        SCALES
            .replace("      - id: agree", "      - id: agree\n        when: \"team >= 50\"")
            .replace("title: Sorted together", "title: Sorted together\n    outcome: mixed");
    ModuleReport report = check(text);

    ContentError error = onlyError(report);
    assertEquals("second", error.nodeId());
    assertTrue(error.message().contains("offers no choice"), error.message());
  }

  private static ModuleReport check(String text) {
    return ModuleCheck.check("fixture.yaml", text);
  }

  private static ContentError onlyError(ModuleReport report) {
    assertEquals(1, report.errors().size(), report.errors().toString());
    return report.errors().get(0);
  }

  private static int lineOf(String text, String fragment) {
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(fragment)) {
        return i + 1;
      }
    }
    throw new AssertionError(fragment + " is not in the fixture");
  }
}
