package com.firstline.player.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.firstline.platform.identity.Caller;
import com.firstline.scenario.format.ModuleCheck;
import com.firstline.scenario.format.ModuleReport;
import com.firstline.scenario.model.Module;
import com.firstline.scenario.model.PlayMode;
import org.junit.jupiter.api.Test;

class PlayModesTest {
  private static Module module(String modeLine) {
    ModuleReport report =
        ModuleCheck.check(
            "mode-test.yaml",
            """
            id: mode-test
            title: Mode test
            summary: One decision.
            minutes: 5
            locale: en
            author: Firstline
            tags: [test]
            objectives: [Choose.]
            %s
            scoring: { mode: ending, maximum: 100, passing: 70 }
            start: a
            nodes:
              - id: a
                type: scene
                title: A
                text: What now?
                choices:
                  - id: go
                    text: Go on
                    next: good
                    consequence: You go on.
                    coaching: Going on was right.
              - id: good
                type: end
                title: Done
                debrief: Done.
                score: 100
                reflection: What did you learn?
            """
                .formatted(modeLine));
    return report.module().orElseThrow(() -> new AssertionError(report.errors().toString()));
  }

  @Test
  void aModuleWithoutAModeIsPractice() {
    assertEquals(PlayMode.PRACTICE, PlayModes.forNewAttempt(null, module("")));
  }

  @Test
  void aModuleMayAskForAnAssessment() {
    assertEquals(PlayMode.ASSESSMENT, PlayModes.forNewAttempt(null, module("mode: assessment")));
  }

  @Test
  void theLinksModeWinsOverTheModules() {
    Module assessed = module("mode: assessment");
    assertEquals(
        PlayMode.PRACTICE,
        PlayModes.forNewAttempt(new Caller.CourseLink("k", "mode-test", "practice"), assessed));
    assertEquals(
        PlayMode.ASSESSMENT,
        PlayModes.forNewAttempt(new Caller.CourseLink("k", "mode-test", "assessment"), module("")));
  }

  @Test
  void aLinkThatNamesNoModeLeavesItToTheModule() {
    assertEquals(
        PlayMode.ASSESSMENT,
        PlayModes.forNewAttempt(
            new Caller.CourseLink("k", "mode-test"), module("mode: assessment")));
  }

  @Test
  void anotherModulesLinkDoesNotDecide() {
    assertEquals(
        PlayMode.PRACTICE,
        PlayModes.forNewAttempt(new Caller.CourseLink("k", "elsewhere", "assessment"), module("")));
  }
}
