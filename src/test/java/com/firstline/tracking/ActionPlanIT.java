package com.firstline.tracking;

import static com.firstline.tracking.TrackingFlow.await;
import static com.firstline.tracking.TrackingFlow.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.firstline.lti.testplatform.IdTokens;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The action plan of a manager who finished a module in their course: refused with its field named
 * when empty or too long, kept with the attempt, shown back to them (only) at the start of their
 * next module, sent to the LRS as the response of an {@code answered} statement, counted, never
 * quoted, on the trainer's board, and absent from the module's figures in authoring.
 */
class ActionPlanIT {
  private static final String NEXT_MODULE = "trust-on-the-spot";

  @Test
  void aPlanWrittenAtTheEndingComesBackAtTheNextStartReachesTheLrsAndIsOnlyCountedForTrainers() {
    try (TrackingFlow lms = TrackingFlow.start("plans");
        FakeLrs lrs = FakeLrs.start()) {
      String course = TrackingFlow.newCourse();
      String subject = "planner-" + UUID.randomUUID().toString().substring(0, 8);
      lms.services.setMembers(course, List.of(TrackingFlow.learnerMember(subject, "Pat Lanner")));
      TrackingFlow.Session manager =
          lms.launch(
              new TrackingFlow.Link(course, "link-1", TrackingFlow.MODULE),
              null,
              IdTokens.LEARNER,
              subject);
      JsonNode ended = TrackingFlow.playToTheEnd(manager);
      String attempt = "/api/attempts/" + ended.path("id").asLong() + "/action-plan";

      JsonNode empty = expect(400, manager.call("PUT", attempt, "{\"text\":\"   \"}"));
      assertEquals("text", empty.path("errors").get(0).path("field").asString(), empty.toString());
      JsonNode tooLong =
          expect(400, manager.call("PUT", attempt, "{\"text\":\"" + "x".repeat(501) + "\"}"));
      assertTrue(tooLong.path("detail").asString().contains("at most 500"), tooLong.toString());

      String plan = "Ask each of my four what gets in their way on a Saturday, and fix one thing.";
      JsonNode saved = expect(200, manager.call("PUT", attempt, "{\"text\":\" " + plan + " \"}"));
      assertEquals(plan, saved.path("actionPlan").asString());

      // The next module of the course begins with last time's plan.
      TrackingFlow.Session next =
          lms.launch(
              new TrackingFlow.Link(course, "link-2", NEXT_MODULE),
              null,
              IdTokens.LEARNER,
              subject);
      JsonNode intro =
          expect(200, next.call("POST", "/api/attempts", "{\"moduleId\":\"" + NEXT_MODULE + "\"}"));
      assertEquals(0, intro.path("step").asInt());
      assertEquals(plan, intro.path("previousPlan").path("text").asString(), intro.toString());
      assertEquals(
          "A mistake at the counter", intro.path("previousPlan").path("moduleTitle").asString());

      // Someone else starting that module sees no plan.
      JsonNode stranger =
          expect(
              200,
              lms.launch(
                      new TrackingFlow.Link(course, "link-2", NEXT_MODULE),
                      null,
                      IdTokens.LEARNER,
                      null)
                  .call("POST", "/api/attempts", "{\"moduleId\":\"" + NEXT_MODULE + "\"}"));
      assertTrue(isAbsent(stranger.path("previousPlan")), stranger.toString());

      // The trainer's board counts the plan and never shows it.
      TrackingFlow.Session trainer = lms.instructor(course);
      var board = trainer.call("GET", "/api/board?moduleId=" + TrackingFlow.MODULE, null);
      JsonNode boardJson = expect(200, board);
      assertEquals(1, boardJson.path("actionPlansWritten").asInt(), boardJson.toString());
      assertFalse(board.body().contains("fix one thing"), board.body());

      // Nor do the module's figures in authoring, on screen or downloaded, though they count the
      // attempt that holds it.
      String figures =
          "/api/authoring/modules/" + TrackingFlow.MODULE + "/learners?course=" + course;
      var learners = trainer.call("GET", figures, null);
      JsonNode learnersJson = expect(200, learners);
      assertEquals(1, learnersJson.path("figures").path("attempts").asInt(), learners.body());
      assertFalse(learners.body().contains("fix one thing"), learners.body());
      var csv = trainer.call("GET", figures.replace("/learners?", "/learners.csv?"), null);
      assertEquals(200, csv.statusCode(), csv.body());
      assertFalse(csv.body().contains("fix one thing"), csv.body());

      // The LRS receives the plan as the response of the module's action-plan interaction.
      await(
          "the action plan's statement at the LRS",
          () ->
              lrs.statementsOf(subject).stream()
                  .anyMatch(s -> s.path("object").path("id").asString().endsWith("/action-plan")));
      JsonNode statement =
          lrs.statementsOf(subject).stream()
              .filter(s -> s.path("object").path("id").asString().endsWith("/action-plan"))
              .findFirst()
              .orElseThrow();
      assertEquals(List.of(), XapiStatementRules.violations(statement), statement.toString());
      assertEquals(
          "http://adlnet.gov/expapi/verbs/answered", statement.path("verb").path("id").asString());
      assertEquals(plan, statement.path("result").path("response").asString());
    }
  }

  /** The server leaves out fields it has no value for; a field sent as null counts the same. */
  private static boolean isAbsent(tools.jackson.databind.JsonNode field) {
    return field.isMissingNode() || field.isNull();
  }
}
