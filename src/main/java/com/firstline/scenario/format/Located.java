package com.firstline.scenario.format;

import com.firstline.scenario.model.Choice;
import com.firstline.scenario.model.Module;
import com.firstline.scenario.model.Node;
import com.firstline.scenario.model.Scene;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonPointer;

/**
 * Model elements with the JSON pointer of where they are written, so that rules working on the
 * model can report at the right place. Nodes and choices keep file order, so index = position.
 */
final class Located {

  private Located() {}

  record LocatedNode(Node node, String pointer) {}

  record LocatedChoice(Scene scene, Choice choice, String pointer) {

    /** Where route {@code index} names its target: {@code next} itself, or that route's goto. */
    String targetPointer(SourceTree tree, int index) {
      boolean plain = tree.root().at(JsonPointer.compile(pointer + "/next")).isString();
      return plain ? pointer + "/next" : pointer + "/next/" + index + "/goto";
    }

    /** Where route {@code index}'s {@code when} is written. */
    String routeConditionPointer(int index) {
      return pointer + "/next/" + index + "/when";
    }
  }

  static List<LocatedNode> nodes(Module module) {
    List<LocatedNode> nodes = new ArrayList<>();
    for (int i = 0; i < module.nodes().size(); i++) {
      nodes.add(new LocatedNode(module.nodes().get(i), "/nodes/" + i));
    }
    return nodes;
  }

  static List<LocatedChoice> choices(Module module) {
    List<LocatedChoice> choices = new ArrayList<>();
    for (LocatedNode located : nodes(module)) {
      if (located.node() instanceof Scene scene) {
        for (int j = 0; j < scene.choices().size(); j++) {
          choices.add(
              new LocatedChoice(
                  scene, scene.choices().get(j), located.pointer() + "/choices/" + j));
        }
      }
    }
    return choices;
  }
}
