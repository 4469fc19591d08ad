package com.firstline.authoring.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * What changed between two versions of a module, said the way a trainer reads a scenario: which
 * settings, scenes, endings and choices were added, removed or changed, and which of their texts.
 * Nodes and choices are matched by id, so moving a scene in the file is not a change. Pure.
 */
public final class VersionDiff {

  /**
   * One change.
   *
   * @param where e.g. {@code scene "opening" › choice "step-in"}, or {@code module}
   * @param kind {@code added}, {@code removed} or {@code changed}
   * @param field the field that changed, or null when a whole scene or choice was added or removed
   * @param before the old value as YAML-ish text, or null
   * @param after the new value, or null
   */
  public record Change(String where, String kind, String field, String before, String after) {}

  private final List<Change> changes = new ArrayList<>();

  private VersionDiff() {}

  public static List<Change> between(JsonNode older, JsonNode newer) {
    VersionDiff diff = new VersionDiff();
    diff.fields("module", older, newer, Set.of("nodes"));
    diff.nodes(older.path("nodes"), newer.path("nodes"));
    return List.copyOf(diff.changes);
  }

  private void nodes(JsonNode older, JsonNode newer) {
    Map<String, JsonNode> before = byId(older);
    Map<String, JsonNode> after = byId(newer);
    Set<String> ids = new LinkedHashSet<>(before.keySet());
    ids.addAll(after.keySet());
    for (String id : ids) {
      JsonNode was = before.get(id);
      JsonNode is = after.get(id);
      String where = label(is != null ? is : was) + " \"" + id + "\"";
      if (was == null) {
        changes.add(new Change(where, "added", null, null, summary(is)));
      } else if (is == null) {
        changes.add(new Change(where, "removed", null, summary(was), null));
      } else {
        fields(where, was, is, Set.of("choices"));
        choices(where, was.path("choices"), is.path("choices"));
      }
    }
  }

  private void choices(String scene, JsonNode older, JsonNode newer) {
    Map<String, JsonNode> before = byId(older);
    Map<String, JsonNode> after = byId(newer);
    Set<String> ids = new LinkedHashSet<>(before.keySet());
    ids.addAll(after.keySet());
    for (String id : ids) {
      JsonNode was = before.get(id);
      JsonNode is = after.get(id);
      String where = scene + " › choice \"" + id + "\"";
      if (was == null) {
        changes.add(new Change(where, "added", null, null, summary(is)));
      } else if (is == null) {
        changes.add(new Change(where, "removed", null, summary(was), null));
      } else {
        fields(where, was, is, Set.of());
      }
    }
  }

  private void fields(String where, JsonNode older, JsonNode newer, Set<String> skipped) {
    Set<String> names = new LinkedHashSet<>(older.propertyNames());
    names.addAll(newer.propertyNames());
    for (String name : names) {
      if (skipped.contains(name)) {
        continue;
      }
      JsonNode was = older.path(name);
      JsonNode is = newer.path(name);
      if (was.equals(is)) {
        continue;
      }
      String kind = was.isMissingNode() ? "added" : is.isMissingNode() ? "removed" : "changed";
      changes.add(new Change(where, kind, name, text(was), text(is)));
    }
  }

  private static Map<String, JsonNode> byId(JsonNode array) {
    Map<String, JsonNode> byId = new LinkedHashMap<>();
    for (JsonNode element : array.values()) {
      byId.putIfAbsent(element.path("id").asString(""), element);
    }
    return byId;
  }

  private static String label(JsonNode node) {
    return "end".equals(node.path("type").asString("")) ? "ending" : "scene";
  }

  private static String summary(JsonNode node) {
    JsonNode title = node.path("title");
    return title.isString() ? title.asString() : text(node.path("text"));
  }

  private static String text(JsonNode value) {
    if (value == null || value.isMissingNode()) {
      return null;
    }
    return value.isString() ? value.asString() : value.toString();
  }
}
