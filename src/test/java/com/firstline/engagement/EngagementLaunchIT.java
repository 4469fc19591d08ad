package com.firstline.engagement;

import static com.firstline.testing.Api.expect;
import static com.firstline.testing.ServerUnderTest.uri;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.firstline.lti.LtiFlow;
import com.firstline.lti.testplatform.IdTokens;
import com.firstline.lti.testplatform.TestPlatform;
import com.firstline.testing.Api;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Engagement for people who come from an LMS: the HR analyst made by the custom parameter the
 * integration-test server maps ({@code engagement.hr-analyst-claim=hr_role}, value {@code
 * analyst}), and a manager's own team, off until an admin turns it on and then never another team.
 */
class EngagementLaunchIT {
  private static final String CLIENT = "engagement-client";
  private static final String DEPLOYMENT = "engagement-deployment";
  private static TestPlatform platform;

  private final String run = UUID.randomUUID().toString().substring(0, 8);
  private final Api admin = Api.signIn("eng-launch-admin-" + run, "ADMIN");

  @BeforeAll
  static void registerPlatform() {
    platform = TestPlatform.start("engagement");
    LtiFlow.register(platform, CLIENT, DEPLOYMENT);
  }

  @AfterAll
  static void stopPlatform() {
    platform.close();
  }

  /** A learner's launch with these custom parameters; answers the session it opened. */
  private static Api launch(Map<String, String> custom) {
    Map<String, Object> parameters = new HashMap<>(custom);
    parameters.put("module", IdTokens.DEFAULT_MODULE);
    LtiFlow.Login login = LtiFlow.login(platform, CLIENT);
    IdTokens token =
        platform.idToken(CLIENT, DEPLOYMENT, login.nonce()).withLti("custom", parameters);
    HttpResponse<String> launched = LtiFlow.launch(token.serialize(), login.state());
    assertEquals(302, launched.statusCode(), launched.body());
    String location = launched.headers().firstValue("Location").orElseThrow();
    return Api.withToken(location.substring(location.indexOf("#session=") + 9));
  }

  @Test
  void theMappedCustomParameterMakesAnHrAnalystAndNothingElseDoes() {
    Api analyst = launch(Map.of("hr_role", "Analyst", "employee_id", "HR-" + run));
    Api learner = launch(Map.of("employee_id", "L-" + run));
    Api otherValue = launch(Map.of("hr_role", "manager", "employee_id", "O-" + run));

    for (String path :
        List.of(
            "/api/engagement/surveys",
            "/api/engagement/reconciliation",
            "/api/engagement/settings",
            "/api/engagement/team-waves.csv")) {
      assertTrue(List.of(200, 404).contains(analyst.get(path).statusCode()), path);
      assertEquals(403, learner.get(path).statusCode(), path);
      assertEquals(403, otherValue.get(path).statusCode(), path);
    }
    assertEquals(403, analyst.get("/api/engagement/access-log").statusCode(), "admins only");
    assertEquals(
        403,
        analyst.put("/api/engagement/settings", "{\"managersSeeOwnTeam\":true}").statusCode(),
        "an analyst reads settings, an admin changes them");
  }

  @Test
  void aManagerSeesOnlyTheirOwnTeamAndOnlyWhenTurnedOn() {
    String mine = "MINE-" + run;
    String other = "OTHER-" + run;
    String tiny = "TINY-" + run;
    String employee = "EM-" + run;
    expect(
        201,
        admin.post(
            "/api/engagement/org",
            "{\"asOf\":\"2025-01-01\",\"teams\":["
                + team(mine, "Mine", employee)
                + ","
                + team(other, "Other", "EO-" + run)
                + ","
                + team(tiny, "Tiny", "ET-" + run)
                + "]}"));
    String survey = "own-" + run;
    StringBuilder csv =
        new StringBuilder("survey,wave_date,team_id,invited,responded,engagement\n");
    csv.append(survey).append(",2025-03-01,").append(mine).append(",9,9,41.5\n");
    csv.append(survey).append(",2025-06-01,").append(mine).append(",9,4,44.5\n");
    csv.append(survey).append(",2025-09-01,").append(mine).append(",9,8,47.5\n");
    csv.append(survey).append(",2025-03-01,").append(other).append(",9,9,93.25\n");
    csv.append(survey).append(",2025-03-01,").append(tiny).append(",4,4,12.75\n");
    importSurvey(csv.toString());

    Api manager = launch(Map.of("employee_id", employee));
    Api stranger = launch(Map.of("employee_id", "NOBODY-" + run));
    try {
      setOwnTeamView(false);
      assertEquals(403, manager.get("/api/engagement/me").statusCode(), "off by default");

      setOwnTeamView(true);
      JsonNode view = expect(200, manager.get("/api/engagement/me"));
      assertEquals("id:" + employee, view.path("managerKey").asString());
      assertEquals(1, view.path("series").size(), view.toString());
      JsonNode series = view.path("series").get(0);
      assertEquals(mine, series.path("teamId").asString());
      JsonNode waves = series.path("waves");
      assertEquals(41.5, waves.get(0).path("engagement").asDouble());
      assertTrue(waves.get(1).path("suppressed").asBoolean(), "4 respondents stay hidden");
      assertTrue(
          waves.get(1).path("engagement").isNull()
              || waves.get(1).path("engagement").isMissingNode());
      String body = view.toString();
      assertFalse(body.contains(other) || body.contains("93.25"), "never another team");
      assertFalse(body.contains("44.5") || body.contains("12.75"), body);
      assertEquals(404, stranger.get("/api/engagement/me").statusCode(), "no team, nothing");
      assertEquals(401, Api.anonymous().get("/api/engagement/me").statusCode());

      JsonNode log = expect(200, admin.get("/api/engagement/access-log"));
      assertTrue(log.toString().contains("own team view"), "every read is logged");
    } finally {
      setOwnTeamView(false);
    }
    assertEquals(403, manager.get("/api/engagement/me").statusCode(), "off again");
  }

  private void setOwnTeamView(boolean on) {
    JsonNode settings =
        expect(200, admin.put("/api/engagement/settings", "{\"managersSeeOwnTeam\":" + on + "}"));
    assertEquals(on, settings.path("managersSeeOwnTeam").asBoolean());
  }

  private static String team(String id, String name, String employee) {
    return "{\"team_id\":\""
        + id
        + "\",\"team_name\":\""
        + name
        + "\",\"manager_employee_id\":\""
        + employee
        + "\",\"headcount\":9}";
  }

  private void importSurvey(String csv) {
    long id =
        expect(
                202,
                admin.call(
                    HttpRequest.newBuilder(uri("/api/engagement/imports?kind=survey"))
                        .header("Content-Type", "text/csv")
                        .POST(HttpRequest.BodyPublishers.ofString(csv))))
            .path("id")
            .asLong();
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < deadline) {
      JsonNode status = expect(200, admin.get("/api/engagement/imports/" + id));
      if (!"running".equals(status.path("status").asString())) {
        assertEquals("done", status.path("status").asString(), status.toString());
        return;
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new AssertionError("import " + id + " did not finish");
  }
}
