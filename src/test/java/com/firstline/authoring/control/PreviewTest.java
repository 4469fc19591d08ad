package com.firstline.authoring.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.firstline.scenario.format.ModuleCheck;
import com.firstline.scenario.model.Module;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class PreviewTest {

  private static Module module(ObjectNode document) {
    var report = ModuleCheck.check("m.yaml", ModuleDocument.toYaml(document, null));
    return report.module().orElseThrow(() -> new AssertionError(report.errors()));
  }

  @Test
  void playsFromTheStartToAnEndingWithTheFeedbackOfEachChoice() {
    Module module = module(ModuleDocument.blank("m", "M"));
    Preview.Screen start = Preview.at(module, null, Map.of(), 0);
    assertEquals("opening", start.nodeId());
    assertEquals("<p>Describe the situation the manager walks into.</p>\n", start.html());

    Preview.Screen end = Preview.choose(module, start.state(), "first-response");
    assertEquals("ending", end.kind());
    assertEquals("<p>Why this works, or does not.</p>\n", end.feedback().coachingHtml());
    assertEquals(100, end.ending().score());
    assertTrue(end.ending().passed());
  }

  @Test
  void startsAtAnyNodeWithTheVariablesChosenAndOffersOnlyTheChoicesThatHold() {
    ObjectNode document = ModuleDocument.blank("m", "M");
    document.putObject("variables").putObject("trust").put("type", "integer").put("initial", 0);
    ObjectNode opening = (ObjectNode) document.path("nodes").path(0);
    ObjectNode trusted = opening.withArray("choices").addObject();
    trusted.put("id", "trusted");
    trusted.put("text", "Only with trust");
    trusted.put("next", "ending");
    trusted.put("consequence", "c");
    trusted.put("coaching", "c");
    trusted.put("when", "trust >= 2");
    Module module = module(document);

    assertEquals(1, Preview.at(module, "opening", Map.of(), 0).choices().size());
    Preview.Screen withTrust = Preview.at(module, "opening", Map.of("trust", "3"), 0);
    assertEquals(2, withTrust.choices().size());
    assertEquals(3, withTrust.state().variables().get("trust"));
  }

  @Test
  void hostileMarkdownIsRefusedByTheValidatorSoItCannotBePreviewedOrPublished() {
    ObjectNode document = ModuleDocument.blank("m", "M");
    ((ObjectNode) document.path("nodes").path(0))
        .put("text", "<img src=x onerror=alert(2)> [x](javascript:alert(3))");
    var report = ModuleCheck.check("m.yaml", ModuleDocument.toYaml(document, null));
    assertFalse(report.isValid());
    assertEquals("opening", report.errors().get(0).nodeId());
  }

  @Test
  void wrongNodesAndValuesAreNamed() {
    Module module = module(ModuleDocument.blank("m", "M"));
    var noNode =
        assertThrows(IllegalArgumentException.class, () -> Preview.at(module, "nowhere", null, 0));
    assertEquals("There is no node 'nowhere'.", noNode.getMessage());
    var noVariable =
        assertThrows(
            IllegalArgumentException.class, () -> Preview.at(module, null, Map.of("x", 1), 0));
    assertEquals("The module declares no variable 'x'.", noVariable.getMessage());
  }
}
