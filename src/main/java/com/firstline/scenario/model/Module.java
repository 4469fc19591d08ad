package com.firstline.scenario.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One branching scenario, as read from its file. Immutable. A module that {@code ModuleCheck}
 * accepted has unique ids, routes that all lead somewhere and an ending reachable from every scene;
 * a module straight from the parser may not, which is what the validator looks at.
 *
 * @param minutes estimated minutes to finish
 * @param locale BCP 47 language tag of the text
 * @param allowBack whether the manager may step back to the previous scene
 * @param shuffleChoices whether each attempt sees a scene's choices in its own order (the default),
 *     or always in file order
 * @param mode how the module is played unless the course link says otherwise (practice by default)
 * @param variables declarations in file order
 * @param start id of the first scene
 * @param nodes in file order
 */
public record Module(
    String id,
    String title,
    String summary,
    int minutes,
    String locale,
    String author,
    List<String> tags,
    List<String> objectives,
    boolean allowBack,
    Scoring scoring,
    List<VariableDeclaration> variables,
    String start,
    List<Node> nodes,
    boolean shuffleChoices,
    PlayMode mode) {

  public Module {
    tags = List.copyOf(tags);
    objectives = List.copyOf(objectives);
    variables = List.copyOf(variables);
    nodes = List.copyOf(nodes);
    mode = mode == null ? PlayMode.PRACTICE : mode;
  }

  /** A practice module with its choice order as given. */
  public Module(
      String id,
      String title,
      String summary,
      int minutes,
      String locale,
      String author,
      List<String> tags,
      List<String> objectives,
      boolean allowBack,
      Scoring scoring,
      List<VariableDeclaration> variables,
      String start,
      List<Node> nodes,
      boolean shuffleChoices) {
    this(
        id,
        title,
        summary,
        minutes,
        locale,
        author,
        tags,
        objectives,
        allowBack,
        scoring,
        variables,
        start,
        nodes,
        shuffleChoices,
        PlayMode.PRACTICE);
  }

  /** A practice module whose choices are shuffled per attempt, as most are. */
  public Module(
      String id,
      String title,
      String summary,
      int minutes,
      String locale,
      String author,
      List<String> tags,
      List<String> objectives,
      boolean allowBack,
      Scoring scoring,
      List<VariableDeclaration> variables,
      String start,
      List<Node> nodes) {
    this(
        id,
        title,
        summary,
        minutes,
        locale,
        author,
        tags,
        objectives,
        allowBack,
        scoring,
        variables,
        start,
        nodes,
        true,
        PlayMode.PRACTICE);
  }

  /**
   * The node with this id (the first one if an invalid module repeats it). Modules hold tens of
   * nodes, so a scan costs nothing and keeps the record plain.
   */
  public Optional<Node> node(String nodeId) {
    return nodes.stream().filter(node -> node.id().equals(nodeId)).findFirst();
  }

  public Optional<Scene> scene(String nodeId) {
    return node(nodeId).filter(Scene.class::isInstance).map(Scene.class::cast);
  }

  public Optional<VariableDeclaration> variable(String name) {
    return variables.stream().filter(variable -> variable.name().equals(name)).findFirst();
  }

  /** The variables at the start of an attempt. */
  public Variables initialVariables() {
    Map<String, Object> values = new LinkedHashMap<>();
    variables.forEach(variable -> values.put(variable.name(), variable.initial()));
    return Variables.of(values);
  }
}
