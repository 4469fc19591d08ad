package com.firstline.tracking;

import static com.firstline.tracking.TrackingFlow.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.firstline.testing.Api;
import com.firstline.testing.ServerUnderTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A module played through the API (development sign-in) with the test server's LRS (the pom's
 * {@code it.lrs.*}) listening: the attempt's statements arrive valid, with the right verbs and
 * counts, and each exactly once by id, even through an outage and answers lost on the way back.
 */
class XapiIT {

  /** What a play-through did: its choices, in order, and whether it passed. */
  private record Played(String subject, List<String> choices, boolean passed) {}

  private static Played play(String name) {
    Api manager = Api.signIn(name, "MANAGER");
    JsonNode attempt =
        Api.expect(
            200, manager.post("/api/attempts", "{\"moduleId\":\"" + TrackingFlow.MODULE + "\"}"));
    long id = attempt.path("id").asLong();
    List<String> choices = new ArrayList<>();
    for (int step = 0; "IN_PROGRESS".equals(attempt.path("status").asString()); step++) {
      assertTrue(step < 60, "the module should end");
      String choice = attempt.path("scene").path("choices").get(0).path("id").asString();
      choices.add(choice);
      attempt =
          Api.expect(
              200,
              manager.post(
                  "/api/attempts/" + id + "/choices",
                  "{\"step\":" + step + ",\"choiceId\":\"" + choice + "\"}"));
    }
    return new Played(
        name.toLowerCase(Locale.ROOT), choices, attempt.path("ending").path("passed").asBoolean());
  }

  private static String uniqueName(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** initialized, experienced per scene reached, answered per choice, completed, passed|failed. */
  private static int expectedCount(Played played) {
    return 2 * played.choices().size() + 3;
  }

  private static void assertTheAttemptsStatements(FakeLrs lrs, Played played) {
    List<JsonNode> statements = lrs.statementsOf(played.subject());
    for (JsonNode statement : statements) {
      assertEquals(List.of(), XapiStatementRules.violations(statement), statement.toString());
      assertEquals(
          ServerUnderTest.baseUrl(),
          statement.path("actor").path("account").path("homePage").asString(),
          "a development sign-in person's home is Firstline");
    }
    Map<String, Long> verbs =
        statements.stream()
            .map(s -> s.path("verb").path("id").asString().replaceAll(".*/", ""))
            .collect(Collectors.groupingBy(v -> v, TreeMap::new, Collectors.counting()));
    int n = played.choices().size();
    Map<String, Long> expected = new TreeMap<>();
    expected.put("initialized", 1L);
    expected.put("experienced", (long) n);
    expected.put("answered", (long) n);
    expected.put("completed", 1L);
    expected.put(played.passed() ? "passed" : "failed", 1L);
    assertEquals(expected, verbs);

    assertEquals(
        1,
        statements.stream()
            .map(s -> s.path("context").path("registration").asString())
            .distinct()
            .count(),
        "one registration for the attempt");
    assertEquals(
        played.choices().stream().sorted().toList(),
        statements.stream()
            .filter(s -> s.path("verb").path("id").asString().endsWith("/answered"))
            .map(s -> s.path("result").path("response").asString())
            .sorted()
            .toList());
    String module = ServerUnderTest.baseUrl() + "/xapi/modules/" + TrackingFlow.MODULE + "/v";
    assertTrue(
        statements.stream()
            .allMatch(s -> s.path("object").path("id").asString().startsWith(module)),
        "activities of the module version");
    assertEquals(List.of(), lrs.refused(), "credentials and version header always sent");
  }

  @Test
  void aPlayedModulesStatementsArriveValidAndComplete() {
    try (FakeLrs lrs = FakeLrs.start()) {
      Played played = play(uniqueName("xapi-learner"));
      int count = expectedCount(played);
      await(
          count + " statements at the LRS",
          () -> lrs.statementsOf(played.subject()).size() == count);
      assertTheAttemptsStatements(lrs, played);
    }
  }

  @Test
  void afterAnOutageAndLostAnswersEveryStatementArrivesExactlyOnce() {
    try (FakeLrs lrs = FakeLrs.start()) {
      String name = uniqueName("xapi-outage");
      String subject = name.toLowerCase(Locale.ROOT);
      lrs.failNext(subject, 6);
      lrs.loseAnswersOfNext(subject, 3);
      Played played = play(name);
      int count = expectedCount(played);
      await(
          count + " statements at the LRS after the outage",
          () -> lrs.statementsOf(subject).size() == count && lrs.scriptedFailures() == 9);
      // Sent again after a lost answer, a statement meets 409 and counts as delivered: give the
      // worker time to settle, then nothing may be pending, stored twice or lost.
      await(
          "every statement POSTed at least once more than it was refused",
          () ->
              lrs.statementsOf(subject).stream()
                      .mapToInt(s -> lrs.timesPosted(s.path("id").asString()))
                      .sum()
                  >= count + 9);
      assertTheAttemptsStatements(lrs, played);
      assertEquals(
          count,
          lrs.statementsOf(subject).stream().map(s -> s.path("id").asString()).distinct().count());
    }
  }
}
