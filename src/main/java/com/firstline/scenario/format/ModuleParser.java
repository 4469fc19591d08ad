package com.firstline.scenario.format;

import com.firstline.scenario.model.Choice;
import com.firstline.scenario.model.Condition;
import com.firstline.scenario.model.Ending;
import com.firstline.scenario.model.GradePolicy;
import com.firstline.scenario.model.Media;
import com.firstline.scenario.model.Module;
import com.firstline.scenario.model.Node;
import com.firstline.scenario.model.Outcome;
import com.firstline.scenario.model.Paragraph;
import com.firstline.scenario.model.PlayMode;
import com.firstline.scenario.model.Resource;
import com.firstline.scenario.model.Route;
import com.firstline.scenario.model.Scene;
import com.firstline.scenario.model.Scoring;
import com.firstline.scenario.model.ScoringMode;
import com.firstline.scenario.model.VariableDeclaration;
import com.firstline.scenario.model.VariableType;
import com.networknt.schema.InputFormat;
import com.networknt.schema.serialization.NodeReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads a module file into the {@link Module} model: YAML into a location-aware tree, the tree
 * against the schema, then the tree into records. Stops after the first stage that finds mistakes,
 * because later stages cannot make sense of a tree of the wrong shape.
 */
final class ModuleParser {

  /** Location-aware, and strict about keys written twice, which YAML would silently overwrite. */
  private static final NodeReader READER =
      NodeReader.builder()
          .yamlMapper(
              YAMLMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build())
          .locationAware()
          .build();

  /** What reading found: the module (null when it could not be built), its tree, the mistakes. */
  record Parsed(Module module, SourceTree tree, List<ContentError> errors) {}

  private final String file;
  private final List<ContentError> errors = new ArrayList<>();
  private SourceTree tree;

  private ModuleParser(String file) {
    this.file = file;
  }

  static Parsed parse(String file, String text) {
    return new ModuleParser(file).read(text);
  }

  private Parsed read(String text) {
    JsonNode root;
    try {
      root = READER.readTree(text, InputFormat.YAML);
    } catch (JacksonException e) {
      errors.add(syntaxError(e));
      return new Parsed(null, null, errors);
    }
    if (root == null || root.isMissingNode() || root.isNull()) {
      errors.add(new ContentError(file, 1, 1, null, null, "The file is empty."));
      return new Parsed(null, null, errors);
    }
    tree = new SourceTree(root, text);
    errors.addAll(SchemaCheck.check(file, tree));
    if (!errors.isEmpty()) {
      return new Parsed(null, tree, errors);
    }
    return new Parsed(module(root), tree, errors);
  }

  private ContentError syntaxError(JacksonException e) {
    TokenStreamLocation location = e.getLocation();
    int line = location == null ? 1 : Math.max(1, location.getLineNr());
    int column = location == null ? 1 : Math.max(1, location.getColumnNr());
    String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    String message =
        original.startsWith("Duplicate Object property")
            ? "The field "
                + original.substring(original.indexOf('"')).replace('"', '\'')
                + " is written twice here. Keep one."
            : "This is not valid YAML: "
                + original.lines().findFirst().orElse("unreadable text")
                + ". Check the indentation, and put texts that contain ': ' or ' #' in quotes.";
    return new ContentError(file, line, column, null, null, message);
  }

  private Module module(JsonNode root) {
    JsonNode scoring = root.path("scoring");
    List<Node> nodes = new ArrayList<>();
    for (int i = 0; i < root.path("nodes").size(); i++) {
      nodes.add(node(root.path("nodes").path(i), "/nodes/" + i));
    }
    return new Module(
        text(root, "id"),
        text(root, "title"),
        text(root, "summary"),
        root.path("minutes").asInt(),
        text(root, "locale"),
        text(root, "author"),
        texts(root.path("tags")),
        texts(root.path("objectives")),
        root.path("allowBack").asBoolean(false),
        new Scoring(
            ScoringMode.valueOf(scoring.path("mode").asString().toUpperCase(Locale.ROOT)),
            scoring.path("maximum").asInt(),
            scoring.path("passing").asInt(),
            texts(scoring.path("scales")),
            GradePolicy.valueOf(scoring.path("grade").asString("best").toUpperCase(Locale.ROOT))),
        variables(root.path("variables")),
        text(root, "start"),
        nodes,
        !"fixed".equals(text(root, "choiceOrder")),
        PlayMode.named(text(root, "mode")).orElse(PlayMode.PRACTICE));
  }

  private static List<VariableDeclaration> variables(JsonNode declarations) {
    List<VariableDeclaration> variables = new ArrayList<>();
    for (Map.Entry<String, JsonNode> entry : declarations.properties()) {
      JsonNode declaration = entry.getValue();
      variables.add(
          new VariableDeclaration(
              entry.getKey(),
              VariableType.valueOf(declaration.path("type").asString().toUpperCase(Locale.ROOT)),
              value(declaration.path("initial"))));
    }
    return variables;
  }

  private Node node(JsonNode node, String pointer) {
    if ("end".equals(node.path("type").asString())) {
      List<Paragraph> paragraphs = new ArrayList<>();
      for (int i = 0; i < node.path("paragraphs").size(); i++) {
        JsonNode paragraph = node.path("paragraphs").path(i);
        paragraphs.add(
            new Paragraph(
                condition(paragraph, pointer + "/paragraphs/" + i), text(paragraph, "text")));
      }
      String outcome = text(node, "outcome");
      return new Ending(
          text(node, "id"),
          text(node, "title"),
          text(node, "debrief"),
          node.has("score") ? node.path("score").asInt() : null,
          text(node, "reflection"),
          outcome == null ? null : Outcome.valueOf(outcome.toUpperCase(Locale.ROOT)),
          paragraphs);
    }
    List<Resource> resources = new ArrayList<>();
    for (JsonNode resource : node.path("resources").values()) {
      resources.add(new Resource(text(resource, "title"), text(resource, "text")));
    }
    JsonNode media = node.path("media");
    List<Choice> choices = new ArrayList<>();
    for (int i = 0; i < node.path("choices").size(); i++) {
      choices.add(choice(node.path("choices").path(i), pointer + "/choices/" + i));
    }
    return new Scene(
        text(node, "id"),
        text(node, "title"),
        text(node, "speaker"),
        text(node, "text"),
        media.isObject() ? new Media(text(media, "src"), text(media, "alt")) : null,
        choices,
        resources);
  }

  private Choice choice(JsonNode choice, String pointer) {
    JsonNode next = choice.path("next");
    List<Route> routes = new ArrayList<>();
    if (next.isString()) {
      routes.add(Route.to(next.stringValue()));
    } else {
      for (int i = 0; i < next.size(); i++) {
        JsonNode route = next.path(i);
        String routePointer = pointer + "/next/" + i;
        routes.add(new Route(condition(route, routePointer), text(route, "goto")));
      }
    }
    Map<String, Object> effects = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> effect : choice.path("effects").properties()) {
      effects.put(effect.getKey(), value(effect.getValue()));
    }
    return new Choice(
        text(choice, "id"),
        text(choice, "text"),
        routes,
        text(choice, "consequence"),
        text(choice, "coaching"),
        choice.has("score") ? choice.path("score").asInt() : null,
        effects,
        condition(choice, pointer));
  }

  /** The {@code when} of {@code owner}, or null; a condition that cannot be read is reported. */
  private Condition condition(JsonNode owner, String ownerPointer) {
    JsonNode when = owner.path("when");
    if (when.isMissingNode()) {
      return null;
    }
    try {
      return Condition.parse(when.isArray() ? texts(when) : List.of(when.asString()));
    } catch (IllegalArgumentException e) {
      String pointer = ownerPointer + "/when";
      Position position = tree.of(pointer);
      errors.add(
          new ContentError(
              file,
              position.line(),
              position.column(),
              tree.nodeIdAt(pointer),
              pointer,
              e.getMessage()));
      return null;
    }
  }

  private static Object value(JsonNode value) {
    return value.isBoolean() ? (Object) value.booleanValue() : (Object) value.asInt();
  }

  private static String text(JsonNode object, String field) {
    JsonNode value = object.path(field);
    return value.isString() ? value.stringValue() : null;
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.values().forEach(value -> texts.add(value.asString()));
    return texts;
  }
}
