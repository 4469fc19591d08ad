package com.firstline.tracking.xapi;

import com.firstline.scenario.model.Choice;
import com.firstline.scenario.model.Scene;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds xAPI 1.0.3 statements of an attempt: {@code initialized} and {@code completed} plus {@code
 * passed} or {@code failed} for the module, {@code experienced} for each scene reached and {@code
 * answered} for each choice (the scene as a choice interaction, the choice id as the response), and
 * {@code answered} for the action plan written at the ending (a long-fill-in interaction of the
 * module, {@code .../action-plan}, whose response is the plan's text). Every statement gets its id
 * here, once, so sending it again cannot store it twice. Pure logic.
 */
public final class XapiStatements {
  static final String VERBS = "http://adlnet.gov/expapi/verbs/";
  static final String MODULE_TYPE = "http://adlnet.gov/expapi/activities/module";
  static final String INTERACTION_TYPE = "http://adlnet.gov/expapi/activities/cmi.interaction";

  /** The action plan's question, as the interaction's name. */
  static final String ACTION_PLAN_NAME = "One thing I will do with my team this week";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** A built statement, its id and verb (the last part of the verb IRI) kept beside the JSON. */
  public record Statement(UUID id, String verb, ObjectNode json) {}

  /** How an attempt ended. */
  public record Outcome(int score, int maximum, boolean passed) {}

  private final Supplier<UUID> ids;

  public XapiStatements(Supplier<UUID> ids) {
    this.ids = ids;
  }

  public Statement initialized(XapiAttempt attempt, Instant at) {
    return statement(attempt, "initialized", moduleActivity(attempt), false, at);
  }

  public Statement experienced(XapiAttempt attempt, Scene scene, Instant at) {
    return statement(attempt, "experienced", sceneActivity(attempt, scene), true, at);
  }

  public Statement answered(XapiAttempt attempt, Scene scene, String choiceId, Instant at) {
    Statement answered = statement(attempt, "answered", sceneActivity(attempt, scene), true, at);
    answered.json().putObject("result").put("response", choiceId);
    return answered;
  }

  /** The manager's plan for their own team, written at the ending, as the response. */
  public Statement actionPlan(XapiAttempt attempt, String text, Instant at) {
    ObjectNode activity = activity(attempt.actionPlanActivityId());
    ObjectNode definition = activity.putObject("definition");
    definition.putObject("name").put(attempt.languageTag(), ACTION_PLAN_NAME);
    definition.put("type", INTERACTION_TYPE);
    definition.put("interactionType", "long-fill-in");
    Statement answered = statement(attempt, "answered", activity, true, at);
    answered.json().putObject("result").put("response", text);
    return answered;
  }

  public Statement completed(XapiAttempt attempt, Outcome outcome, Instant at) {
    Statement completed = statement(attempt, "completed", moduleActivity(attempt), false, at);
    completed.json().set("result", result(outcome));
    return completed;
  }

  public Statement passedOrFailed(XapiAttempt attempt, Outcome outcome, Instant at) {
    Statement ended =
        statement(
            attempt, outcome.passed() ? "passed" : "failed", moduleActivity(attempt), false, at);
    ended.json().set("result", result(outcome));
    return ended;
  }

  private Statement statement(
      XapiAttempt attempt, String verb, ObjectNode object, boolean inModule, Instant at) {
    UUID id = ids.get();
    ObjectNode json = NODES.objectNode();
    json.put("id", id.toString());
    ObjectNode actor = json.putObject("actor");
    actor.put("objectType", "Agent");
    actor
        .putObject("account")
        .put("homePage", attempt.homePage())
        .put("name", attempt.accountName());
    json.putObject("verb").put("id", VERBS + verb).putObject("display").put("en-US", verb);
    json.set("object", object);
    ObjectNode context = json.putObject("context");
    context.put("registration", attempt.registration().toString());
    context.put("platform", "Firstline");
    context.put("language", attempt.languageTag());
    if (inModule) {
      // A module statement's object is the module itself; a scene's belongs to its module.
      context.putObject("contextActivities").putArray("parent").add(moduleActivity(attempt));
    }
    json.put("timestamp", at.toString());
    return new Statement(id, verb, json);
  }

  private static ObjectNode moduleActivity(XapiAttempt attempt) {
    ObjectNode activity = activity(attempt.moduleActivityId());
    ObjectNode definition = activity.putObject("definition");
    definition.putObject("name").put(attempt.languageTag(), attempt.moduleTitle());
    definition.put("type", MODULE_TYPE);
    return activity;
  }

  private static ObjectNode sceneActivity(XapiAttempt attempt, Scene scene) {
    ObjectNode activity = activity(attempt.sceneActivityId(scene.id()));
    ObjectNode definition = activity.putObject("definition");
    String title = scene.title() == null || scene.title().isBlank() ? scene.id() : scene.title();
    definition.putObject("name").put(attempt.languageTag(), title);
    definition.put("type", INTERACTION_TYPE);
    definition.put("interactionType", "choice");
    ArrayNode choices = definition.putArray("choices");
    for (Choice choice : scene.choices()) {
      ObjectNode component = choices.addObject();
      component.put("id", choice.id());
      component.putObject("description").put(attempt.languageTag(), choice.text());
    }
    return activity;
  }

  private static ObjectNode activity(String id) {
    ObjectNode activity = NODES.objectNode();
    activity.put("objectType", "Activity");
    activity.put("id", id);
    return activity;
  }

  /**
   * Scores are kept within 0..maximum by the module's scoring, so scaled is within 0..1. A module
   * without points has no score to tell (xAPI wants max above min).
   */
  private static ObjectNode result(Outcome outcome) {
    ObjectNode result = NODES.objectNode();
    if (outcome.maximum() > 0) {
      ObjectNode score = result.putObject("score");
      score.put("scaled", Math.max(-1, Math.min(1, (double) outcome.score() / outcome.maximum())));
      score.put("raw", outcome.score());
      score.put("min", Math.min(0, outcome.score()));
      score.put("max", Math.max(outcome.maximum(), outcome.score()));
    }
    result.put("completion", true);
    result.put("success", outcome.passed());
    return result;
  }
}
