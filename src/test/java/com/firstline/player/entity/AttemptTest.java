package com.firstline.player.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.firstline.scenario.format.ModuleCheck;
import com.firstline.scenario.model.Module;
import com.firstline.scenario.model.PlayMode;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AttemptTest {
  private static final Instant NOW = Instant.parse("2026-11-22T08:00:00Z");
  private static final Module MODULE =
      ModuleCheck.check(
              "trust-test.yaml",
              """
              id: trust-test
              title: Trust test
              summary: Trust opens a better ending.
              minutes: 5
              locale: en
              author: Firstline
              tags: [test]
              objectives: [See how trust changes the outcome.]
              allowBack: true
              scoring: { mode: ending, maximum: 100, passing: 70 }
              variables:
                trust: { type: integer, initial: 0 }
              start: a
              nodes:
                - id: a
                  type: scene
                  text: Sam made a mistake.
                  choices:
                    - id: ask
                      text: Ask what happened.
                      next: b
                      consequence: Sam explains.
                      coaching: Asking first builds trust.
                      effects: { trust: 2 }
                    - id: blame
                      text: Point out the mistake.
                      next: b
                      consequence: Sam goes quiet.
                      coaching: Blame closes people up.
                      effects: { trust: -1 }
                - id: b
                  type: scene
                  text: The rush is over.
                  choices:
                    - id: talk
                      text: Talk it through.
                      next:
                        - when: "trust >= 2"
                          goto: good
                        - goto: poor
                      consequence: You talk.
                      coaching: Talking helps when there is trust.
                - id: good
                  type: end
                  title: Sam owns the fix
                  debrief: Trust made the talk work.
                  score: 100
                  reflection: When did you last ask first?
                - id: poor
                  type: end
                  title: Sam stays guarded
                  debrief: Without trust the talk stayed shallow.
                  score: 30
                  reflection: What closes your people up?
              """)
          .module()
          .orElseThrow();

  private static Attempt started() {
    return Attempt.start(7, 1, MODULE, null, null, PlayMode.PRACTICE, NOW);
  }

  @Test
  void choicesMoveTheAttemptAndTheirEffectsDecideTheEnding() {
    Attempt attempt = started();
    assertFalse(attempt.choose(MODULE, 0, "ask", NOW));
    assertTrue(attempt.choose(MODULE, 1, "talk", NOW));
    assertEquals(AttemptStatus.COMPLETED, attempt.status());
    assertEquals("good", attempt.currentNode());
    assertEquals(100, attempt.score().orElseThrow());
    assertTrue(attempt.passed().orElseThrow());
  }

  @Test
  void blameLeadsToTheGuardedEndingWhichDoesNotPass() {
    Attempt attempt = started();
    attempt.choose(MODULE, 0, "blame", NOW);
    attempt.choose(MODULE, 1, "talk", NOW);
    assertEquals("poor", attempt.currentNode());
    assertFalse(attempt.passed().orElseThrow());
  }

  @Test
  void aStaleStepIsRefusedAndChangesNothing() {
    Attempt attempt = started();
    attempt.choose(MODULE, 0, "ask", NOW);
    AttemptRuleException refused =
        assertThrows(AttemptRuleException.class, () -> attempt.choose(MODULE, 0, "blame", NOW));
    assertEquals(AttemptRuleException.Reason.STALE_STEP, refused.reason());
    assertEquals(1, attempt.stepCount());
    assertTrue(attempt.alreadyChose(0, "ask"));
    assertFalse(attempt.alreadyChose(0, "blame"));
  }

  @Test
  void aChoiceTheSceneDoesNotOfferIsRefused() {
    Attempt attempt = started();
    AttemptRuleException refused =
        assertThrows(AttemptRuleException.class, () -> attempt.choose(MODULE, 0, "talk", NOW));
    assertEquals(AttemptRuleException.Reason.CHOICE_NOT_OFFERED, refused.reason());
    assertEquals(0, attempt.stepCount());
  }

  @Test
  void goingBackRestoresTheVariablesAndKeepsTheHistory() {
    Attempt attempt = started();
    attempt.choose(MODULE, 0, "blame", NOW);
    assertTrue(attempt.canGoBack(MODULE));
    attempt.back(MODULE, 1, NOW);
    assertEquals("a", attempt.currentNode());
    assertEquals(0, attempt.variables().get("trust"));
    assertEquals(2, attempt.steps().size(), "the choice and the step back are both recorded");
    attempt.choose(MODULE, 2, "ask", NOW);
    attempt.choose(MODULE, 3, "talk", NOW);
    assertEquals("good", attempt.currentNode());
  }

  @Test
  void anEndedAttemptTakesNoMoreSteps() {
    Attempt attempt = started();
    attempt.choose(MODULE, 0, "ask", NOW);
    attempt.choose(MODULE, 1, "talk", NOW);
    AttemptRuleException refused =
        assertThrows(AttemptRuleException.class, () -> attempt.back(MODULE, 2, NOW));
    assertEquals(AttemptRuleException.Reason.ATTEMPT_OVER, refused.reason());
  }

  @Test
  void anAssessmentHoldsTheCoachingUntilTheEndingAndPracticeNever() {
    Attempt assessed = Attempt.start(7, 1, MODULE, null, null, PlayMode.ASSESSMENT, NOW);
    assertFalse(assessed.coachingVisible());
    assessed.choose(MODULE, 0, "ask", NOW);
    assertFalse(assessed.coachingVisible(), "a choice made does not open the coaching");
    assessed.choose(MODULE, 1, "talk", NOW);
    assertTrue(assessed.coachingVisible(), "the ending opens it");
    assertEquals(PlayMode.ASSESSMENT, assessed.mode());

    Attempt practised = started();
    assertTrue(practised.coachingVisible());
    practised.choose(MODULE, 0, "ask", NOW);
    assertTrue(practised.coachingVisible());
  }

  @Test
  void anActionPlanIsWrittenAtTheEndingAndASecondSaveReplacesIt() {
    Attempt attempt = started();
    attempt.choose(MODULE, 0, "ask", NOW);
    AttemptRuleException early =
        assertThrows(
            AttemptRuleException.class, () -> attempt.planAction("Ask before I judge.", NOW));
    assertEquals(AttemptRuleException.Reason.NOT_AT_ENDING, early.reason());
    assertTrue(attempt.actionPlan().isEmpty());

    attempt.choose(MODULE, 1, "talk", NOW);
    assertTrue(attempt.planAction("Ask before I judge.", NOW));
    assertFalse(attempt.planAction("Ask before I judge.", NOW.plusSeconds(5)), "unchanged");
    assertEquals(NOW, attempt.actionPlanAt().orElseThrow());
    assertTrue(attempt.planAction("Ask Sam how the week went.", NOW.plusSeconds(9)));
    assertEquals("Ask Sam how the week went.", attempt.actionPlan().orElseThrow());
    assertEquals(NOW.plusSeconds(9), attempt.actionPlanAt().orElseThrow());
  }
}
