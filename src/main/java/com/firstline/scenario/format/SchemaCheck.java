package com.firstline.scenario.format;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * Checks a module file against {@code scenario/module.schema.json} and turns the validator's
 * messages into sentences a trainer understands, each at the line and column of the mistake.
 */
final class SchemaCheck {

  static final String SCHEMA_RESOURCE = "scenario/module.schema.json";

  private static final Schema SCHEMA = loadSchema();
  private static final Set<String> KNOWN_FIELDS = knownFields(SCHEMA.getSchemaNode());

  /** What a required field is for, so that "missing" also says what to write. */
  private static final Map<String, String> PURPOSE =
      Map.of(
          "debrief", "what this outcome means",
          "reflection", "a question the manager answers in their own words",
          "consequence", "what happens and how people react",
          "coaching", "why this works or not, in plain words",
          "alt", "a description of the picture for people who cannot see it",
          "next", "the id of the node this choice leads to",
          "choices", "at least one choice");

  private SchemaCheck() {}

  static List<ContentError> check(String file, SourceTree tree) {
    List<ContentError> errors = new ArrayList<>();
    Set<String> reported = new HashSet<>();
    for (Error error : SCHEMA.validate(tree.root())) {
      String pointer = error.getInstanceLocation().toString();
      String fieldPointer =
          error.getProperty() == null ? pointer : pointer + "/" + error.getProperty();
      // if/then/else and type lists can report one mistake twice; the first says it best.
      if (!reported.add(fieldPointer)) {
        continue;
      }
      Position position =
          switch (error.getKeyword()) {
            case "required" -> tree.of(pointer);
            case "additionalProperties" -> tree.ofKey(fieldPointer);
            default -> tree.of(pointer);
          };
      errors.add(
          new ContentError(
              file,
              position.line(),
              position.column(),
              tree.nodeIdAt(pointer),
              fieldPointer,
              describe(error, pointer, tree)));
    }
    return errors;
  }

  private static String describe(Error error, String pointer, SourceTree tree) {
    String where = Places.describe(pointer, tree.root());
    String field = Places.fieldName(pointer);
    JsonNode schema = error.getSchemaNode();
    String property = error.getProperty();
    return switch (error.getKeyword()) {
      case "required" ->
          where
              + " has no '"
              + property
              + "'"
              + (PURPOSE.containsKey(property) ? ": add " + PURPOSE.get(property) + "." : ".");
      case "additionalProperties" ->
          "'"
              + property
              + "' is not a field of "
              + Places.lowerFirst(where)
              + "."
              + Suggestions.closest(property, KNOWN_FIELDS)
                  .map(match -> " Did you mean '" + match + "'?")
                  .orElse(" Check the spelling, or remove it.");
      case "type" -> "'" + field + "' " + inPlace(where) + "should be " + kinds(schema) + ".";
      case "minimum" ->
          "'" + field + "' " + inPlace(where) + "must be at least " + schema + actual(error) + ".";
      case "maximum" ->
          "'" + field + "' " + inPlace(where) + "must be at most " + schema + actual(error) + ".";
      case "minLength" -> "'" + field + "' " + inPlace(where) + "must not be empty.";
      case "minItems" ->
          "'" + field + "' " + inPlace(where) + "needs at least " + schema + " entry.";
      case "uniqueItems" -> "'" + field + "' " + inPlace(where) + "lists the same value twice.";
      case "enum", "const" ->
          "'" + field + "' " + inPlace(where) + "must be " + choices(schema) + ".";
      case "pattern" -> patternMessage(error, field, where);
      default -> where + ": " + error.getMessage();
    };
  }

  private static String patternMessage(Error error, String field, String where) {
    String location = error.getSchemaLocation().toString();
    String value = error.getInstanceNode() == null ? "" : error.getInstanceNode().asString();
    if (location.contains("slug")) {
      return "'"
          + value
          + "' is not a valid "
          + (field.equals("tags") || field.matches("\\d+") ? "tag" : "id")
          + ": use lower-case letters, digits and hyphens, like 'step-in-quietly'.";
    }
    if (location.contains("variableName")) {
      return "'"
          + value
          + "' is not a valid variable name: use letters, digits and underscores, like 'trust'.";
    }
    if (location.contains("locale")) {
      return "'" + value + "' is not a language tag: write one such as 'en' or 'en-GB'.";
    }
    return "'" + field + "' " + inPlace(where) + "is not written the expected way.";
  }

  private static String actual(Error error) {
    return error.getInstanceNode() == null ? "" : " (it is " + error.getInstanceNode() + ")";
  }

  private static String inPlace(String where) {
    return where.equals("The module") ? "" : "of " + Places.lowerFirst(where) + " ";
  }

  private static String kinds(JsonNode typeNode) {
    List<String> kinds = new ArrayList<>();
    for (JsonNode type : typeNode.isArray() ? typeNode.values() : List.of(typeNode)) {
      kinds.add(
          switch (type.asString()) {
            case "integer" -> "a whole number";
            case "boolean" -> "true or false";
            case "string" -> "a text";
            case "array" -> "a list";
            case "object" -> "a group of fields";
            default -> type.asString();
          });
    }
    return String.join(" or ", kinds);
  }

  private static String choices(JsonNode allowed) {
    if (!allowed.isArray()) {
      return "'" + allowed.asString() + "'";
    }
    List<String> values = new ArrayList<>();
    allowed.values().forEach(value -> values.add("'" + value.asString() + "'"));
    return "one of " + String.join(", ", values);
  }

  private static Schema loadSchema() {
    try (InputStream in = SchemaCheck.class.getClassLoader().getResourceAsStream(SCHEMA_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(SCHEMA_RESOURCE + " is missing from the classpath");
      }
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(in, InputFormat.JSON);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every field name the schema defines: the candidates for "did you mean". */
  private static Set<String> knownFields(JsonNode schema) {
    Set<String> fields = new TreeSet<>();
    collectFields(schema, fields);
    return fields;
  }

  private static void collectFields(JsonNode schema, Set<String> fields) {
    if (schema.isObject() && schema.path("properties").isObject()) {
      fields.addAll(schema.path("properties").propertyNames());
    }
    if (schema.isContainer()) {
      schema.values().forEach(child -> collectFields(child, fields));
    }
  }
}
