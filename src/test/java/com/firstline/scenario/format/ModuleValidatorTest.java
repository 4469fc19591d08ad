package com.firstline.scenario.format;

import static com.firstline.scenario.format.Modules.lineOf;
import static com.firstline.scenario.format.Modules.onlyError;
import static com.firstline.scenario.format.Modules.replacing;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One test per validator rule: the valid module with one mistake put in. */
class ModuleValidatorTest {

  private static final String LOOP =
      """
        - id: loop
          type: scene
          text: Round and round.
          choices:
            - id: again
              text: Try again.
              next: loop
              consequence: Nothing changes.
              coaching: Some talks go nowhere.
      """;

  @Test
  void idMustMatchTheFileName() {
    List<ContentError> errors = ModuleCheck.check("other.yaml", Modules.VALID).errors();

    assertEquals(1, errors.size());
    assertEquals(
        "The id 'counter' does not match the file name 'other.yaml'. Name the file"
            + " 'counter.yaml' or change the id.",
        errors.get(0).message());
    assertEquals(1, errors.get(0).line());
    assertEquals(5, errors.get(0).column());
  }

  @Test
  void nodeIdsMustBeUnique() {
    String text =
        replacing(
            "  - id: guarded-ending",
            "  - id: good-ending\n    type: end\n    debrief: d\n    score: 100\n    reflection: r\n"
                + "  - id: guarded-ending");

    ContentError error =
        onlyError(
            text,
            "The node id 'good-ending' is already used on line "
                + lineOf(text, "- id: good-ending")
                + ". Every node needs its own id.",
            lineOf(text, "- id: good-ending\n    type: end\n    debrief: d"),
            "good-ending");
    assertEquals(9, error.column());
  }

  @Test
  void choiceIdsMustBeUnique() {
    String text = replacing("- id: escalate", "- id: step-in");

    onlyError(
        text,
        "The choice id 'step-in' is already used on line "
            + lineOf(text, "- id: step-in")
            + ". Choice ids must be unique within the module.",
        lineOf(text, "- id: step-in\n        text: Tell"),
        "after-takeover");
  }

  @Test
  void nextMustNameANode() {
    String text = replacing("next: after-takeover", "next: aftr-takeover");

    ContentError error =
        onlyError(
            text,
            "Choice 'step-in' goes to node 'aftr-takeover', which does not exist. Did you mean"
                + " 'after-takeover'?",
            lineOf(text, "next: aftr-takeover"),
            "opening");
    assertEquals("/nodes/0/choices/0/next", error.field());
    assertEquals(15, error.column());
  }

  @Test
  void gotoMustNameANode() {
    String text = replacing("goto: guarded-ending", "goto: nowhere");

    onlyError(
        text,
        "Choice 'debrief-later' goes to node 'nowhere', which does not exist.",
        lineOf(text, "goto: nowhere"),
        "after-takeover");
  }

  @Test
  void startMustNameAScene() {
    String text = replacing("start: opening", "start: openning");

    onlyError(
        text,
        "'start' names 'openning', which is not a node of this module. Did you mean 'opening'?",
        lineOf(text, "start:"),
        null);
  }

  @Test
  void startMustNotBeAnEnding() {
    String text = replacing("start: opening", "start: good-ending");

    List<ContentError> errors = Modules.check(text).errors();

    assertEquals(
        "'start' names 'good-ending', which is an ending. Start with a scene.",
        errors.get(0).message());
    assertEquals(lineOf(text, "start:"), errors.get(0).line());
  }

  @Test
  void everyNodeMustBeReachableFromStart() {
    String text = replacing("goto: good-ending", "goto: guarded-ending");

    onlyError(
        text,
        "Ending 'good-ending' cannot be reached: no choice on a path from 'opening' leads to it.",
        lineOf(text, "- id: good-ending"),
        "good-ending");
  }

  @Test
  void aLoopWithoutExitIsReported() {
    String text =
        replacing(
            replacing("  - id: good-ending", LOOP + "  - id: good-ending"),
            "next: guarded-ending",
            "next: loop");

    onlyError(
        text,
        "No ending can be reached from scene 'loop': its choices only lead to scenes that loop"
            + " back without an exit. Give one of them a way to an ending.",
        lineOf(text, "- id: loop"),
        "loop");
  }

  @Test
  void theLastRouteMustHaveNoCondition() {
    String text =
        replacing(
            "        - goto: guarded-ending",
            "        - when: not escalated\n            goto: guarded-ending");

    onlyError(
        text,
        "The last route of choice 'debrief-later' has a 'when'. The last route is taken when no"
            + " other applies: remove its 'when'.",
        lineOf(text, "when: not escalated"),
        "after-takeover");
  }

  @Test
  void endingsNeedADebrief() {
    String text = replacing("debrief: Sam will hide the next mistake.", "");

    onlyError(
        text,
        "Ending 'guarded-ending' has no 'debrief': add what this outcome means.",
        lineOf(text, "- id: guarded-ending"),
        "guarded-ending");
  }

  @Test
  void endingsNeedAReflectionThatIsNotBlank() {
    String text =
        replacing(
            "reflection: What would make it safe to own a mistake on your team?",
            "reflection: \"  \"");

    onlyError(
        text,
        "Ending 'guarded-ending' has an empty reflection: write a question the manager answers in"
            + " their own words.",
        lineOf(text, "reflection: \"  \""),
        "guarded-ending");
  }

  @Test
  void choicesNeedAConsequence() {
    String text = replacing("        consequence: Sam fixes the order.\n", "");

    onlyError(
        text,
        "Choice 'encourage' has no 'consequence': add what happens and how people react.",
        lineOf(text, "- id: encourage"),
        "opening");
  }

  @Test
  void choicesNeedCoachingThatIsNotBlank() {
    String text = replacing("coaching: Going over Sam's head costs trust.", "coaching: \"\"");

    onlyError(
        text,
        "Choice 'escalate' has an empty coaching: write why it works or not.",
        lineOf(text, "coaching: \"\""),
        "after-takeover");
  }

  @Test
  void mediaNeedsAltText() {
    String text = replacing("alt: A busy counter with a queue of customers.", "alt: \"\"");

    onlyError(
        text,
        "The picture of scene 'opening' has no alt text: describe it for people who cannot see"
            + " it.",
        lineOf(text, "alt:"),
        "opening");
  }

  @Test
  void conditionsMustNameDeclaredVariables() {
    String text = replacing("when: \"trust >= 1\"", "when: \"trsut >= 1\"");

    onlyError(
        text,
        "Choice 'debrief-later' uses the variable 'trsut', which is not declared under"
            + " 'variables'. Did you mean 'trust'?",
        lineOf(text, "when: \"trsut"),
        "after-takeover");
  }

  @Test
  void aBooleanCannotBeComparedAsANumber() {
    String text = replacing("when: \"trust >= 1\"", "when: \"escalated >= 1\"");

    onlyError(
        text,
        "'escalated' is a yes/no variable, so 'escalated >= 1' can never be checked. Write"
            + " 'escalated' or 'not escalated'.",
        lineOf(text, "when: \"escalated"),
        "after-takeover");
  }

  @Test
  void aBooleanCannotBeGivenAnIntegerEffect() {
    String text = replacing("effects: { escalated: true }", "effects: { escalated: 1 }");

    onlyError(
        text,
        "Choice 'escalate' adds 1 to 'escalated', which is a yes/no variable: set it to true or"
            + " false.",
        lineOf(text, "effects: { escalated: 1 }"),
        "after-takeover");
  }

  @Test
  void effectsMustNameDeclaredVariables() {
    String text = replacing("effects: { trust: -1 }", "effects: { patience: -1 }");

    onlyError(
        text,
        "Choice 'step-in' uses the variable 'patience', which is not declared under 'variables'.",
        lineOf(text, "effects: { patience"),
        "opening");
  }

  @Test
  void aConditionThatCannotBeReadIsReported() {
    String text = replacing("when: \"trust >= 1\"", "when: \"trust => 1\"");

    onlyError(
        text,
        "Cannot read the condition 'trust => 1'. Write a comparison such as 'trust >= 2', a yes/no"
            + " variable such as 'escalated', or 'not escalated'.",
        lineOf(text, "when: \"trust =>"),
        "after-takeover");
  }

  @Test
  void passingMustNotExceedMaximum() {
    String text = replacing("passing: 70", "passing: 170");

    onlyError(
        text,
        "The passing score 170 is above the maximum 100, so no one could pass.",
        lineOf(text, "passing: 170"),
        null);
  }

  @Test
  void inEndingModeEveryEndingNeedsAScore() {
    String text = replacing("    score: 40\n", "");

    onlyError(
        text,
        "Ending 'guarded-ending' has no score. With scoring mode 'ending', every ending needs one"
            + " (0 to 100).",
        lineOf(text, "- id: guarded-ending"),
        "guarded-ending");
  }

  @Test
  void inEndingModeNoEndingMayScoreAboveMaximum() {
    String text = replacing("score: 100\n", "score: 120\n");

    onlyError(
        text,
        "Ending 'good-ending' scores 120, above the maximum 100.",
        lineOf(text, "score: 120"),
        "good-ending");
  }

  @Test
  void inEndingModeSomeEndingMustReachPassing() {
    String text = replacing("score: 100\n", "score: 60\n");

    onlyError(
        text,
        "No ending reaches the passing score 70 (the best scores 60), so no one could pass.",
        lineOf(text, "passing: 70"),
        null);
  }

  @Test
  void inChoicesModeTheBestPathMustReachPassing() {
    String text = replacing("mode: ending", "mode: choices");

    onlyError(
        text,
        "The best path through the choices scores 15, below the passing score 70, so no one could"
            + " pass.",
        lineOf(text, "passing: 70"),
        null);
  }

  @Test
  void inChoicesModeAScoringLoopMakesPassingPossible() {
    String loopWithScore =
        LOOP.replace("next: loop", "next: [{ when: trust > 3, goto: good-ending }, { goto: loop }]")
            .replace(
                "coaching: Some talks go nowhere.",
                "coaching: Practice.\n        score: 20\n        effects: { trust: 1 }");
    String text =
        replacing(
            replacing(
                replacing("mode: ending", "mode: choices"),
                "  - id: good-ending",
                loopWithScore + "  - id: good-ending"),
            "goto: good-ending",
            "goto: loop");

    assertEquals(List.of(), Modules.check(text).errors());
  }

  @Test
  void textsMustNotContainLinks() {
    String text =
        replacing(
            "The queue is six deep when **Sam** rings up the wrong order.",
            "The queue is six deep.\n      See [the policy](https://example.com).");

    ContentError error =
        onlyError(
            text,
            "The text of scene 'opening' has a link to 'https://example.com'. Links are not allowed"
                + " in texts.",
            lineOf(text, "See [the policy]"),
            "opening");
    assertEquals(11, error.column());
  }

  @Test
  void textsMustNotContainImages() {
    String text = replacing("The rush is over.", "The rush is over. ![a chart](chart.png)");

    onlyError(
        text,
        "The text of scene 'after-takeover' has an image. Images are not allowed in texts: use"
            + " 'media' for a picture.",
        lineOf(text, "The rush is over."),
        "after-takeover");
  }

  @Test
  void textsMustNotContainHtml() {
    String text = replacing("Sam fixes the order.", "Sam fixes the order. <br>");

    onlyError(
        text,
        "The consequence of choice 'encourage' has the HTML '<br>'. HTML is not allowed in texts"
            + " (it would show as plain text): use Markdown such as **bold** or *italic*.",
        lineOf(text, "consequence: Sam fixes"),
        "opening");
  }
}
