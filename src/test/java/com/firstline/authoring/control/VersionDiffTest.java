package com.firstline.authoring.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class VersionDiffTest {

  @Test
  void namesTheScenesChoicesAndTextsThatChanged() {
    ObjectNode older = ModuleDocument.blank("m", "M");
    ObjectNode newer = older.deepCopy();
    newer.put("title", "M, second edition");
    ObjectNode opening = (ObjectNode) newer.path("nodes").path(0);
    opening.put("text", "A new situation.");
    ObjectNode choice = ((ObjectNode) opening.path("choices").path(0));
    choice.put("coaching", "Better coaching.");
    ObjectNode added = opening.withArray("choices").addObject();
    added.put("id", "second");
    added.put("text", "Another way");

    List<VersionDiff.Change> changes = VersionDiff.between(older, newer);

    assertEquals(
        List.of(
            new VersionDiff.Change("module", "changed", "title", "M", "M, second edition"),
            new VersionDiff.Change(
                "scene \"opening\"",
                "changed",
                "text",
                "Describe the situation the manager walks into.",
                "A new situation."),
            new VersionDiff.Change(
                "scene \"opening\" › choice \"first-response\"",
                "changed",
                "coaching",
                "Why this works, or does not.",
                "Better coaching."),
            new VersionDiff.Change(
                "scene \"opening\" › choice \"second\"", "added", null, null, "Another way")),
        changes);
  }

  @Test
  void movingASceneInTheFileIsNoChangeButRemovingOneIs() {
    ObjectNode older = ModuleDocument.blank("m", "M");
    ObjectNode moved = older.deepCopy();
    var nodes = moved.withArray("nodes");
    var first = nodes.remove(0);
    nodes.add(first);
    assertTrue(VersionDiff.between(older, moved).isEmpty());

    ObjectNode removed = older.deepCopy();
    removed.withArray("nodes").remove(1);
    assertEquals(
        List.of(new VersionDiff.Change("ending \"ending\"", "removed", null, "How it ended", null)),
        VersionDiff.between(older, removed));
  }
}
