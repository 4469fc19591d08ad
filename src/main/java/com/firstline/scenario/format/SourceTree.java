package com.firstline.scenario.format;

import com.networknt.schema.serialization.node.TokenStreamLocationAware;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;

/**
 * A module file read as a tree whose nodes remember where they stood in the text, so that every
 * mistake, from the schema or the validator, can be reported at its line and column.
 */
final class SourceTree {

  private static final Pattern NODE_POINTER = Pattern.compile("^/nodes/(\\d+)(/.*)?$");

  private final JsonNode root;
  private final List<String> lines;

  SourceTree(JsonNode root, String text) {
    this.root = root;
    this.lines = text.lines().toList();
  }

  JsonNode root() {
    return root;
  }

  /** Where the value at {@code pointer} starts, or where its closest present parent starts. */
  Position of(String pointer) {
    JsonPointer at = JsonPointer.compile(pointer);
    while (true) {
      JsonNode node = root.at(at);
      if (!node.isMissingNode() && node instanceof TokenStreamLocationAware aware) {
        TokenStreamLocation location = aware.tokenStreamLocation();
        if (location != null && location.getLineNr() > 0) {
          return new Position(location.getLineNr(), Math.max(1, location.getColumnNr()));
        }
      }
      if (at.matches()) {
        return Position.START;
      }
      at = at.head();
    }
  }

  /**
   * Where the key of the field at {@code pointer} is written. Jackson only locates values, so the
   * key is looked for on the value's line and, for block values, on the line before.
   */
  Position ofKey(String pointer) {
    Position value = of(pointer);
    String key = JsonPointer.compile(pointer).last().getMatchingProperty();
    if (key.isEmpty()) {
      return value;
    }
    Pattern keyPattern = Pattern.compile("(^|[\\s{,])(" + Pattern.quote(key) + ")\\s*:");
    for (int line = value.line(); line >= Math.max(1, value.line() - 1); line--) {
      Matcher matcher = keyPattern.matcher(lineText(line));
      if (matcher.find()) {
        return new Position(line, matcher.start(2) + 1);
      }
    }
    return value;
  }

  /**
   * Where line {@code lineInText} and column {@code columnInText} (both 0-based) of the text at
   * {@code pointer} is, for texts written as YAML block scalars ({@code |} or {@code >}); other
   * texts are located at their start.
   */
  Position ofTextLine(String pointer, int lineInText, int columnInText) {
    Position value = of(pointer);
    String line = lineText(value.line());
    int indicator = value.column() - 1;
    boolean block =
        indicator < line.length()
            && (line.charAt(indicator) == '|' || line.charAt(indicator) == '>');
    if (!block) {
      return value;
    }
    int target = value.line() + 1 + lineInText;
    String content = lineText(target);
    int indent = content.length() - content.stripLeading().length();
    return new Position(target, indent + 1 + columnInText);
  }

  /** The id of the node {@code pointer} is inside, or null when it is outside {@code nodes}. */
  String nodeIdAt(String pointer) {
    Matcher matcher = NODE_POINTER.matcher(pointer);
    if (!matcher.matches()) {
      return null;
    }
    JsonNode id = root.path("nodes").path(Integer.parseInt(matcher.group(1))).path("id");
    return id.isString() ? id.stringValue() : null;
  }

  private String lineText(int line) {
    return line >= 1 && line <= lines.size() ? lines.get(line - 1) : "";
  }
}
