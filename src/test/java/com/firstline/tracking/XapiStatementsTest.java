package com.firstline.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.firstline.scenario.model.Choice;
import com.firstline.scenario.model.Scene;
import com.firstline.tracking.xapi.XapiAttempt;
import com.firstline.tracking.xapi.XapiStatements;
import com.firstline.tracking.xapi.XapiStatements.Outcome;
import com.firstline.tracking.xapi.XapiStatements.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class XapiStatementsTest {
  private static final Instant AT = Instant.parse("2025-03-04T05:06:07.089Z");
  private static final XapiAttempt ATTEMPT =
      new XapiAttempt(
          "https://firstline.example.com",
          "https://canvas.instructure.com",
          "sub-42",
          "mistake-at-the-counter",
          3,
          "A mistake at the counter",
          "en",
          77);
  private static final Scene SCENE =
      new Scene(
          "counter",
          "At the counter",
          "Sam",
          "A customer is waiting.",
          null,
          List.of(choice("help-now", "Help the customer"), choice("wait", "Wait and see")));

  private final XapiStatements statements = new XapiStatements(UUID::randomUUID);

  private static Choice choice(String id, String text) {
    return new Choice(id, text, List.of(), null, null, null, Map.of(), null);
  }

  /** The statement as the LRS receives it: serialized and read back. */
  private static JsonNode sent(Statement statement) {
    return JsonMapper.builder().build().readTree(statement.json().toString());
  }

  private static JsonNode valid(Statement statement) {
    JsonNode json = sent(statement);
    assertEquals(List.of(), XapiStatementRules.violations(json), json.toString());
    assertEquals(statement.id().toString(), json.path("id").asString());
    return json;
  }

  @Test
  void everyKindOfStatementKeepsTheRules() {
    Outcome passed = new Outcome(80, 100, true);
    List<Statement> all =
        List.of(
            statements.initialized(ATTEMPT, AT),
            statements.experienced(ATTEMPT, SCENE, AT),
            statements.answered(ATTEMPT, SCENE, "help-now", AT),
            statements.completed(ATTEMPT, passed, AT),
            statements.passedOrFailed(ATTEMPT, passed, AT),
            statements.passedOrFailed(ATTEMPT, new Outcome(0, 100, false), AT));
    for (Statement statement : all) {
      valid(statement);
    }
    assertEquals(
        List.of("initialized", "experienced", "answered", "completed", "passed", "failed"),
        all.stream().map(Statement::verb).toList());
    assertEquals(6, all.stream().map(Statement::id).distinct().count(), "ids are unique");
  }

  @Test
  void theActionPlanIsAnsweredAsTheLongFillInOfTheModuleWithThePlanAsItsResponse() {
    JsonNode json =
        valid(statements.actionPlan(ATTEMPT, "Ask Sam how the new rota feels, on Monday.", AT));
    assertEquals(
        "http://adlnet.gov/expapi/verbs/answered", json.path("verb").path("id").asString());
    JsonNode object = json.path("object");
    assertEquals(
        "https://firstline.example.com/xapi/modules/mistake-at-the-counter/v3/action-plan",
        object.path("id").asString());
    assertEquals("long-fill-in", object.path("definition").path("interactionType").asString());
    assertEquals(
        "Ask Sam how the new rota feels, on Monday.",
        json.path("result").path("response").asString());
    assertEquals(
        "https://firstline.example.com/xapi/modules/mistake-at-the-counter/v3",
        json.path("context").path("contextActivities").path("parent").get(0).path("id").asString());
    assertEquals(
        ATTEMPT.registration().toString(), json.path("context").path("registration").asString());
  }

  @Test
  void theActorIsTheLtiAccountAndTheVerbAnAdlIri() {
    JsonNode json = valid(statements.initialized(ATTEMPT, AT));
    assertEquals("Agent", json.path("actor").path("objectType").asString());
    assertEquals(
        "https://canvas.instructure.com",
        json.path("actor").path("account").path("homePage").asString());
    assertEquals("sub-42", json.path("actor").path("account").path("name").asString());
    assertEquals(
        "http://adlnet.gov/expapi/verbs/initialized", json.path("verb").path("id").asString());
    assertEquals("initialized", json.path("verb").path("display").path("en-US").asString());
    assertEquals("2025-03-04T05:06:07.089Z", json.path("timestamp").asString());
  }

  @Test
  void activitiesAreTheModuleVersionAndItsScenes() {
    JsonNode module = valid(statements.initialized(ATTEMPT, AT)).path("object");
    assertEquals(
        "https://firstline.example.com/xapi/modules/mistake-at-the-counter/v3",
        module.path("id").asString());
    assertEquals(
        "A mistake at the counter", module.path("definition").path("name").path("en").asString());

    JsonNode experienced = valid(statements.experienced(ATTEMPT, SCENE, AT));
    assertEquals(
        "https://firstline.example.com/xapi/modules/mistake-at-the-counter/v3/scenes/counter",
        experienced.path("object").path("id").asString());
    assertEquals(
        module.path("id").asString(),
        experienced
            .path("context")
            .path("contextActivities")
            .path("parent")
            .get(0)
            .path("id")
            .asString());
  }

  @Test
  void anAnswerIsAChoiceInteractionWithTheChoiceIdAsResponse() {
    JsonNode json = valid(statements.answered(ATTEMPT, SCENE, "wait", AT));
    JsonNode definition = json.path("object").path("definition");
    assertEquals("choice", definition.path("interactionType").asString());
    assertEquals("help-now", definition.path("choices").get(0).path("id").asString());
    assertEquals(
        "Wait and see",
        definition.path("choices").get(1).path("description").path("en").asString());
    assertEquals("wait", json.path("result").path("response").asString());
  }

  @Test
  void theEndCarriesTheScaledRawMinMaxScoreAndCompletionAndSuccess() {
    JsonNode result =
        valid(statements.completed(ATTEMPT, new Outcome(7, 20, false), AT)).path("result");
    assertEquals(0.35, result.path("score").path("scaled").asDouble(), 1e-9);
    assertEquals(7, result.path("score").path("raw").asInt());
    assertEquals(0, result.path("score").path("min").asInt());
    assertEquals(20, result.path("score").path("max").asInt());
    assertTrue(result.path("completion").asBoolean());
    assertFalse(result.path("success").asBoolean());
    JsonNode failed = valid(statements.passedOrFailed(ATTEMPT, new Outcome(7, 20, false), AT));
    assertEquals(
        "http://adlnet.gov/expapi/verbs/failed", failed.path("verb").path("id").asString());
  }

  @Test
  void aModuleWithoutPointsHasNoScore() {
    JsonNode result =
        valid(statements.completed(ATTEMPT, new Outcome(0, 0, true), AT)).path("result");
    assertFalse(result.has("score"));
    assertTrue(result.path("success").asBoolean());
  }

  @Test
  void theRegistrationIsTheSameForOneAttemptAndDiffersBetweenAttempts() {
    XapiAttempt again =
        new XapiAttempt(
            "https://firstline.example.com", "https://x", "other", "m", 1, "M", "en", 77);
    XapiAttempt another =
        new XapiAttempt(
            "https://firstline.example.com", "https://x", "other", "m", 1, "M", "en", 78);
    assertEquals(ATTEMPT.registration(), again.registration());
    assertNotEquals(ATTEMPT.registration(), another.registration());
    assertEquals(
        ATTEMPT.registration().toString(),
        valid(statements.initialized(ATTEMPT, AT)).path("context").path("registration").asString());
  }

  @Test
  void oddIdsAreEscapedIntoTheActivityIri() {
    XapiAttempt odd =
        new XapiAttempt(
            "https://f.example", "https://f.example", "a b", "my module", 1, "M", "", 1);
    assertEquals("https://f.example/xapi/modules/my%20module/v1", odd.moduleActivityId());
    assertEquals("en-US", odd.languageTag());
  }

  @Test
  void theRulesCatchABrokenStatement() {
    JsonNode broken =
        JsonMapper.builder()
            .build()
            .readTree(
                "{\"id\":\"nope\",\"actor\":{\"objectType\":\"Agent\",\"account\":{\"homePage\":\"x\"}},"
                    + "\"verb\":{\"id\":\"answered\",\"display\":{}},\"object\":{\"id\":\"scene\"},"
                    + "\"result\":{\"score\":{\"scaled\":1.5,\"raw\":11,\"min\":0,\"max\":10}},"
                    + "\"timestamp\":\"yesterday\"}");
    List<String> violations = XapiStatementRules.violations(broken);
    assertEquals(9, violations.size(), violations.toString());
  }
}
