package com.firstline.scenario.format;

import com.firstline.scenario.format.Located.LocatedChoice;
import com.firstline.scenario.format.Located.LocatedNode;
import com.firstline.scenario.model.Choice;
import com.firstline.scenario.model.Ending;
import com.firstline.scenario.model.Module;
import com.firstline.scenario.model.Node;
import com.firstline.scenario.model.Route;
import com.firstline.scenario.model.Scene;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The rules a module must follow beyond its schema: ids, the graph of scenes and endings, the texts
 * every node needs. Variables, scores and Markdown have rule classes of their own. Each rule is one
 * method that reports what it finds and never stops the others, so a trainer sees every mistake.
 */
final class ModuleValidator {

  private final Module module;
  private final Reporter report;

  private ModuleValidator(Module module, Reporter report) {
    this.module = module;
    this.report = report;
  }

  static List<ContentError> validate(String file, Module module, SourceTree tree) {
    Reporter report = new Reporter(file, tree);
    ModuleValidator validator = new ModuleValidator(module, report);
    validator.idMatchesFileName(file);
    validator.nodeIdsAreUnique();
    validator.choiceIdsAreUnique();
    validator.routesNameNodes();
    validator.startIsAScene();
    validator.everyNodeIsReachable();
    validator.everySceneCanEnd();
    validator.lastRouteIsTheFallback();
    validator.requiredTextsAreWritten();
    VariableRules.check(module, report);
    ScoreRules.check(module, report);
    MarkdownRules.check(module, report);
    return report.errors();
  }

  private void idMatchesFileName(String file) {
    String expected = module.id() + ".yaml";
    if (!file.equals(expected)) {
      report.at(
          "/id",
          "The id '"
              + module.id()
              + "' does not match the file name '"
              + file
              + "'. Name the file '"
              + expected
              + "' or change the id.");
    }
  }

  private void nodeIdsAreUnique() {
    Map<String, String> firstPointer = new HashMap<>();
    for (LocatedNode located : Located.nodes(module)) {
      String previous = firstPointer.putIfAbsent(located.node().id(), located.pointer());
      if (previous != null) {
        report.at(
            located.pointer() + "/id",
            "The node id '"
                + located.node().id()
                + "' is already used on line "
                + report.lineOf(previous + "/id")
                + ". Every node needs its own id.");
      }
    }
  }

  private void choiceIdsAreUnique() {
    Map<String, String> firstPointer = new HashMap<>();
    for (LocatedChoice located : Located.choices(module)) {
      String previous = firstPointer.putIfAbsent(located.choice().id(), located.pointer());
      if (previous != null) {
        report.at(
            located.pointer() + "/id",
            "The choice id '"
                + located.choice().id()
                + "' is already used on line "
                + report.lineOf(previous + "/id")
                + ". Choice ids must be unique within the module.");
      }
    }
  }

  private void routesNameNodes() {
    Set<String> ids = nodeIds();
    for (LocatedChoice located : Located.choices(module)) {
      List<Route> routes = located.choice().routes();
      for (int k = 0; k < routes.size(); k++) {
        String target = routes.get(k).target();
        if (!ids.contains(target)) {
          report.at(
              located.targetPointer(report.tree(), k),
              "Choice '"
                  + located.choice().id()
                  + "' goes to node '"
                  + target
                  + "', which does not exist."
                  + Suggestions.didYouMean(target, ids));
        }
      }
    }
  }

  private void startIsAScene() {
    Optional<Node> start = module.node(module.start());
    if (start.isEmpty()) {
      report.at(
          "/start",
          "'start' names '"
              + module.start()
              + "', which is not a node of this module."
              + Suggestions.didYouMean(module.start(), nodeIds()));
    } else if (start.get() instanceof Ending) {
      report.at(
          "/start",
          "'start' names '" + module.start() + "', which is an ending. Start with a scene.");
    }
  }

  private void everyNodeIsReachable() {
    if (module.node(module.start()).isEmpty()) {
      return;
    }
    Set<String> reached = reachableFrom(module.start(), successors());
    for (LocatedNode located : Located.nodes(module)) {
      if (!reached.contains(located.node().id())) {
        report.at(
            located.pointer(),
            kind(located.node())
                + " '"
                + located.node().id()
                + "' cannot be reached: no choice on a path from '"
                + module.start()
                + "' leads to it.");
      }
    }
  }

  private void everySceneCanEnd() {
    Map<String, Set<String>> predecessors = new HashMap<>();
    successors()
        .forEach(
            (from, targets) ->
                targets.forEach(
                    to -> predecessors.computeIfAbsent(to, key -> new HashSet<>()).add(from)));
    Set<String> canEnd = new HashSet<>();
    for (Node node : module.nodes()) {
      if (node instanceof Ending) {
        canEnd.addAll(reachableFrom(node.id(), predecessors));
      }
    }
    Set<String> ids = nodeIds();
    for (LocatedNode located : Located.nodes(module)) {
      if (located.node() instanceof Scene scene
          && !canEnd.contains(scene.id())
          && allTargetsExist(scene, ids)) {
        report.at(
            located.pointer(),
            "No ending can be reached from scene '"
                + scene.id()
                + "': its choices only lead to scenes that loop back without an exit."
                + " Give one of them a way to an ending.");
      }
    }
  }

  private void lastRouteIsTheFallback() {
    for (LocatedChoice located : Located.choices(module)) {
      List<Route> routes = located.choice().routes();
      int last = routes.size() - 1;
      if (routes.get(last).condition() != null) {
        report.at(
            located.routeConditionPointer(last),
            "The last route of choice '"
                + located.choice().id()
                + "' has a 'when'. The last route is taken when no other applies: remove its"
                + " 'when'.");
      }
    }
  }

  private void requiredTextsAreWritten() {
    for (LocatedNode located : Located.nodes(module)) {
      String pointer = located.pointer();
      if (located.node() instanceof Ending ending) {
        requireText(ending.debrief(), pointer + "/debrief", "Ending", ending.id(), "what it means");
        requireText(
            ending.reflection(),
            pointer + "/reflection",
            "Ending",
            ending.id(),
            "a question the manager answers in their own words");
      } else if (located.node() instanceof Scene scene
          && scene.media() != null
          && isBlank(scene.media().alt())) {
        report.atKey(
            pointer + "/media/alt",
            "The picture of scene '"
                + scene.id()
                + "' has no alt text: describe it for people who cannot see it.");
      }
    }
    for (LocatedChoice located : Located.choices(module)) {
      Choice choice = located.choice();
      String pointer = located.pointer();
      requireText(
          choice.consequence(),
          pointer + "/consequence",
          "Choice",
          choice.id(),
          "what happens and how people react");
      requireText(
          choice.coaching(), pointer + "/coaching", "Choice", choice.id(), "why it works or not");
    }
  }

  private void requireText(String text, String pointer, String kind, String id, String purpose) {
    if (isBlank(text)) {
      String field = pointer.substring(pointer.lastIndexOf('/') + 1);
      report.atKey(
          pointer, kind + " '" + id + "' has an empty " + field + ": write " + purpose + ".");
    }
  }

  /** Node id to the ids its choices may lead to, conditions ignored (any could hold). */
  private Map<String, Set<String>> successors() {
    Map<String, Set<String>> successors = new LinkedHashMap<>();
    for (Node node : module.nodes()) {
      Set<String> targets = successors.computeIfAbsent(node.id(), id -> new HashSet<>());
      if (node instanceof Scene scene) {
        scene.choices().forEach(c -> c.routes().forEach(route -> targets.add(route.target())));
      }
    }
    return successors;
  }

  private static Set<String> reachableFrom(String first, Map<String, Set<String>> edges) {
    Set<String> reached = new HashSet<>();
    Deque<String> queue = new ArrayDeque<>(List.of(first));
    while (!queue.isEmpty()) {
      String id = queue.poll();
      if (reached.add(id)) {
        queue.addAll(edges.getOrDefault(id, Set.of()));
      }
    }
    return reached;
  }

  private static boolean allTargetsExist(Scene scene, Set<String> ids) {
    return scene.choices().stream()
        .flatMap(choice -> choice.routes().stream())
        .allMatch(route -> ids.contains(route.target()));
  }

  private Set<String> nodeIds() {
    Set<String> ids = new HashSet<>();
    module.nodes().forEach(node -> ids.add(node.id()));
    return ids;
  }

  private static String kind(Node node) {
    return node instanceof Scene ? "Scene" : "Ending";
  }

  static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }
}
