package com.firstline.authoring.control;

import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * A module as a document tree: the JSON equivalent of its YAML file. The editor changes the fields
 * it knows and leaves every other field as it found it. Pure: no CDI, no JPA.
 */
public final class ModuleDocument {
  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
  private static final YAMLMapper YAML =
      YAMLMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
          .disable(YAMLWriteFeature.SPLIT_LINES)
          .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
          .enable(YAMLWriteFeature.LITERAL_BLOCK_STYLE)
          .enable(YAMLWriteFeature.INDENT_ARRAYS_WITH_INDICATOR)
          .build();

  private ModuleDocument() {}

  /** The tree of a YAML module file. */
  public static ObjectNode fromYaml(String text) {
    return object(() -> YAML.readTree(text), "YAML");
  }

  /** The tree of a JSON document sent by the editor. */
  public static ObjectNode fromJson(String text) {
    return object(() -> JSON.readTree(text), "JSON");
  }

  /** The YAML file for a tree, with an optional comment heading it. */
  public static String toYaml(JsonNode document, String headerComment) {
    String body = YAML.writeValueAsString(document);
    if (headerComment == null || headerComment.isBlank()) {
      return body;
    }
    StringBuilder header = new StringBuilder();
    headerComment.lines().forEach(line -> header.append("# ").append(line).append('\n'));
    return header + body;
  }

  public static String toJson(JsonNode document) {
    return JSON.writeValueAsString(document);
  }

  /** The tree as plain maps, lists, strings, numbers and booleans, for JSON-B answers. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> toMap(JsonNode document) {
    return JSON.convertValue(document, Map.class);
  }

  /** A new module that passes the validator: one scene with one choice leading to one ending. */
  public static ObjectNode blank(String id, String title) {
    ObjectNode module = JSON.createObjectNode();
    module.put("id", id);
    module.put("title", title);
    module.put("summary", "What a manager practises in this module, in one or two sentences.");
    module.put("minutes", 5);
    module.put("locale", "en");
    module.put("author", "Firstline");
    module.putArray("tags").add("leadership");
    module.putArray("objectives").add("Name what the manager should be able to do afterwards.");
    ObjectNode scoring = module.putObject("scoring");
    scoring.put("mode", "ending");
    scoring.put("maximum", 100);
    scoring.put("passing", 70);
    module.put("start", "opening");
    var nodes = module.putArray("nodes");
    ObjectNode opening = nodes.addObject();
    opening.put("id", "opening");
    opening.put("type", "scene");
    opening.put("text", "Describe the situation the manager walks into.");
    ObjectNode choice = opening.putArray("choices").addObject();
    choice.put("id", "first-response");
    choice.put("text", "What the manager could do.");
    choice.put("next", "ending");
    choice.put("consequence", "What happens next, and how people react.");
    choice.put("coaching", "Why this works, or does not.");
    ObjectNode ending = nodes.addObject();
    ending.put("id", "ending");
    ending.put("type", "end");
    ending.put("title", "How it ended");
    ending.put("debrief", "What this outcome means for the team.");
    ending.put("score", 100);
    ending.put("reflection", "Ask the manager a question about their own team.");
    return module;
  }

  /** A copy of {@code source} under a new id and title; everything else is kept. */
  public static ObjectNode copyOf(ObjectNode source, String id, String title) {
    ObjectNode copy = source.deepCopy();
    copy.put("id", id);
    copy.put("title", title);
    return copy;
  }

  private interface Reading {
    JsonNode read();
  }

  private static ObjectNode object(Reading reading, String format) {
    JsonNode node;
    try {
      node = reading.read();
    } catch (JacksonException e) {
      throw new IllegalArgumentException(
          "This is not valid " + format + ": " + e.getOriginalMessage(), e);
    }
    if (node instanceof ObjectNode object) {
      return object;
    }
    throw new IllegalArgumentException("A module is a " + format + " object of fields.");
  }
}
