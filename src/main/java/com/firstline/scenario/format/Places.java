package com.firstline.scenario.format;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/** Names places in a module file the way a trainer would: "choice 'step-in' of scene 'opening'". */
final class Places {

  private static final Pattern NODE = Pattern.compile("^/nodes/(\\d+)");
  private static final Pattern CHOICE = Pattern.compile("^/nodes/(\\d+)/choices/(\\d+)");

  private Places() {}

  /** The object at {@code pointer} (or the closest one that can be named), capitalised. */
  static String describe(String pointer, JsonNode root) {
    if (pointer.startsWith("/scoring")) {
      return "The scoring";
    }
    if (pointer.startsWith("/variables/")) {
      return "Variable '" + pointer.split("/")[2] + "'";
    }
    Matcher choice = CHOICE.matcher(pointer);
    if (choice.find()) {
      JsonNode node = root.path("nodes").path(Integer.parseInt(choice.group(1)));
      String choiceId =
          idOr(node.path("choices").path(Integer.parseInt(choice.group(2))), "#" + choice.group(2));
      String rest = pointer.substring(choice.end());
      String owner = "choice '" + choiceId + "'";
      if (rest.startsWith("/next/")) {
        return "A route of " + owner;
      }
      return rest.startsWith("/effects") ? "The effects of " + owner : "Choice '" + choiceId + "'";
    }
    Matcher node = NODE.matcher(pointer);
    if (node.find()) {
      int index = Integer.parseInt(node.group(1));
      JsonNode found = root.path("nodes").path(index);
      String kind = "end".equals(found.path("type").asString("")) ? "ending" : "scene";
      String name = kind + " '" + idOr(found, "#" + (index + 1)) + "'";
      if (pointer.substring(node.end()).startsWith("/media")) {
        return "The media of " + name;
      }
      return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
    return "The module";
  }

  /** The name of the field at {@code pointer}; for a list entry, the list's name. */
  static String fieldName(String pointer) {
    String[] parts = pointer.split("/");
    for (int i = parts.length - 1; i > 0; i--) {
      if (!parts[i].matches("\\d+")) {
        return parts[i];
      }
    }
    return "module";
  }

  static String lowerFirst(String text) {
    return text.startsWith("The module")
        ? "the module"
        : Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }

  private static String idOr(JsonNode object, String fallback) {
    JsonNode id = object.path("id");
    return id.isString() ? id.stringValue() : fallback;
  }
}
