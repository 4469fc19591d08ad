package com.firstline.authoring.control;

import com.firstline.scenario.format.SafeMarkdown;
import com.firstline.scenario.model.Choice;
import com.firstline.scenario.model.Ending;
import com.firstline.scenario.model.Module;
import com.firstline.scenario.model.Node;
import com.firstline.scenario.model.Scene;
import com.firstline.scenario.model.VariableDeclaration;
import com.firstline.scenario.model.Variables;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Plays a module as a learner would see it, one step at a time, without an attempt: the client
 * holds where the preview stands and sends it back with each choice, so nothing is recorded and
 * nothing reaches an LMS or LRS. Texts go through the player's renderer and sanitizer. Pure.
 */
public final class Preview {

  /** Where a preview stands: a node, the variables there, and the choice scores summed so far. */
  public record State(String at, Map<String, Object> variables, int choiceScoreSum) {}

  /** The feedback of the choice just made. */
  public record Feedback(String choiceText, String consequenceHtml, String coachingHtml) {}

  public record ChoiceView(String id, String text) {}

  public record MediaView(String src, String alt) {}

  /** What the learner would see at an ending. */
  public record EndingView(
      String debriefHtml, String reflection, int score, int maximum, int passing, boolean passed) {}

  /** One screen of the preview, and the state to send back with the next choice. */
  public record Screen(
      String nodeId,
      String kind,
      String title,
      String speaker,
      String html,
      MediaView media,
      List<ChoiceView> choices,
      Feedback feedback,
      EndingView ending,
      State state) {}

  private Preview() {}

  /**
   * The screen at {@code at} (the start when null) with {@code variables} (each declared variable
   * at its initial value unless given).
   *
   * @throws IllegalArgumentException naming the node or variable that is wrong
   */
  public static Screen at(Module module, String at, Map<String, Object> variables, int sum) {
    String nodeId = at == null || at.isBlank() ? module.start() : at;
    Node node =
        module
            .node(nodeId)
            .orElseThrow(() -> new IllegalArgumentException("There is no node '" + nodeId + "'."));
    return screen(module, node, variables(module, variables), sum, null);
  }

  /** The screen after choosing {@code choiceId} at the state's scene. */
  public static Screen choose(Module module, State state, String choiceId) {
    Variables variables = variables(module, state.variables());
    Scene scene =
        module
            .scene(state.at())
            .orElseThrow(
                () -> new IllegalArgumentException("'" + state.at() + "' is not a scene."));
    Choice choice =
        scene.offeredChoices(variables).stream()
            .filter(c -> c.id().equals(choiceId))
            .findFirst()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "The scene '"
                            + scene.id()
                            + "' offers no choice '"
                            + choiceId
                            + "' here."));
    Variables after = choice.applyEffects(variables);
    Node next = module.node(choice.nextNodeId(after)).orElseThrow();
    Feedback feedback =
        new Feedback(
            choice.text(),
            SafeMarkdown.toHtml(choice.consequence()),
            SafeMarkdown.toHtml(choice.coaching()));
    return screen(module, next, after, state.choiceScoreSum() + choice.scoreOrZero(), feedback);
  }

  private static Screen screen(
      Module module, Node node, Variables variables, int sum, Feedback feedback) {
    State state = new State(node.id(), new LinkedHashMap<>(variables.values()), sum);
    if (node instanceof Ending ending) {
      int score = module.scoring().score(ending, sum);
      return new Screen(
          ending.id(),
          "ending",
          ending.title(),
          null,
          null,
          null,
          List.of(),
          feedback,
          new EndingView(
              SafeMarkdown.toHtml(ending.debrief()),
              ending.reflection(),
              score,
              module.scoring().maximum(),
              module.scoring().passing(),
              module.scoring().passed(score)),
          state);
    }
    Scene scene = (Scene) node;
    return new Screen(
        scene.id(),
        "scene",
        scene.title(),
        scene.speaker(),
        SafeMarkdown.toHtml(scene.text()),
        scene.media() == null ? null : new MediaView(scene.media().src(), scene.media().alt()),
        scene.offeredChoices(variables).stream()
            .map(choice -> new ChoiceView(choice.id(), choice.text()))
            .toList(),
        feedback,
        null,
        state);
  }

  /** The declared variables at their initial values, overridden by the values given. */
  private static Variables variables(Module module, Map<String, Object> given) {
    Map<String, Object> values = new LinkedHashMap<>(module.initialVariables().values());
    if (given != null) {
      for (Map.Entry<String, Object> entry : given.entrySet()) {
        VariableDeclaration declaration =
            module
                .variable(entry.getKey())
                .orElseThrow(
                    () ->
                        new IllegalArgumentException(
                            "The module declares no variable '" + entry.getKey() + "'."));
        values.put(entry.getKey(), valueOf(declaration, entry.getValue()));
      }
    }
    return Variables.of(values);
  }

  private static Object valueOf(VariableDeclaration declaration, Object value) {
    Object plain = value instanceof Number number ? (Object) number.intValue() : value;
    if (plain instanceof String text) {
      plain =
          text.equals("true") || text.equals("false")
              ? (Object) Boolean.valueOf(text)
              : parseInt(declaration, text);
    }
    if (!declaration.type().accepts(plain)) {
      throw new IllegalArgumentException(
          "The variable '"
              + declaration.name()
              + "' is "
              + declaration.type().plainName()
              + "; '"
              + value
              + "' is not.");
    }
    return plain;
  }

  private static Object parseInt(VariableDeclaration declaration, String text) {
    try {
      return Integer.valueOf(text.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "The variable '" + declaration.name() + "' needs a whole number, not '" + text + "'.", e);
    }
  }
}
