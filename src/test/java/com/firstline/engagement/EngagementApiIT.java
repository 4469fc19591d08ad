package com.firstline.engagement;

import static com.firstline.testing.Api.expect;
import static com.firstline.testing.ServerUnderTest.send;
import static com.firstline.testing.ServerUnderTest.uri;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.firstline.testing.Api;
import com.firstline.testing.ServerUnderTest;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The engagement API against the running server: who may call it, imports (bad rows, re-import,
 * nothing left by a failed file), and a team of 4 kept out of every output.
 */
class EngagementApiIT {
  private static final List<String> READS =
      List.of(
          "/api/engagement/surveys",
          "/api/engagement/imports",
          "/api/engagement/program",
          "/api/engagement/program.csv",
          "/api/engagement/modules",
          "/api/engagement/modules.csv",
          "/api/engagement/team-waves",
          "/api/engagement/team-waves.csv",
          "/api/engagement/reconciliation",
          "/api/engagement/managers/id:nobody",
          "/api/engagement/settings",
          "/api/engagement/sample");

  private final String run = UUID.randomUUID().toString().substring(0, 8);
  private final Api admin = Api.signIn("eng-admin-" + run, "ADMIN");
  private final String adminToken = token("eng-admin-" + run, "ADMIN");

  private HttpResponse<String> upload(String token, String kind, String query, String csv) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri("/api/engagement/imports?kind=" + kind + query))
            .header("Content-Type", "text/csv")
            .POST(HttpRequest.BodyPublishers.ofString(csv));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return send(request.build());
  }

  /** A session token of the development sign-in (the same person as Api.signIn with that name). */
  private static String token(String name, String role) {
    return expect(
            200,
            send(
                HttpRequest.newBuilder(uri("/api/dev/sign-in"))
                    .header("Content-Type", "application/json")
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "{\"name\":\"" + name + "\",\"role\":\"" + role + "\"}"))
                    .build()))
        .path("token")
        .asString();
  }

  private JsonNode importAndWait(String kind, String query, String csv) {
    long id = expect(202, upload(adminToken, kind, query, csv)).path("id").asLong();
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < deadline) {
      JsonNode status = expect(200, admin.get("/api/engagement/imports/" + id));
      if (!"running".equals(status.path("status").asString())) {
        return status;
      }
      pause();
    }
    throw new AssertionError("import " + id + " did not finish");
  }

  private static void pause() {
    try {
      Thread.sleep(200);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Test
  void onlyAdminsAndHrAnalystsReadEngagementData() {
    Api manager = Api.signIn("eng-manager-" + run, "MANAGER");
    Api trainer = Api.signIn("eng-trainer-" + run, "TRAINER");
    Api analyst = Api.signIn("eng-analyst-" + run, "HR_ANALYST");
    for (String path : READS) {
      assertEquals(401, Api.anonymous().get(path).statusCode(), path);
      assertEquals(403, manager.get(path).statusCode(), path);
      assertEquals(403, trainer.get(path).statusCode(), path);
      assertTrue(List.of(200, 404).contains(analyst.get(path).statusCode()), path);
      assertTrue(List.of(200, 404).contains(admin.get(path).statusCode()), path);
    }
    assertEquals(403, manager.get("/api/engagement/me").statusCode(), "off unless turned on");
    assertEquals(401, upload(null, "survey", "", "x").statusCode());
    assertEquals(
        403, upload(token("eng-manager-" + run, "MANAGER"), "survey", "", "x").statusCode());
    assertEquals(
        403, upload(token("eng-trainer-" + run, "TRAINER"), "survey", "", "x").statusCode());
    for (Api notAdmin : List.of(manager, trainer, analyst)) {
      assertEquals(403, notAdmin.get("/api/engagement/access-log").statusCode());
      assertEquals(403, notAdmin.post("/api/engagement/sample", "{}").statusCode());
      assertEquals(403, notAdmin.post("/api/engagement/links", "{}").statusCode());
      assertEquals(
          403,
          notAdmin.put("/api/engagement/settings", "{\"managersSeeOwnTeam\":true}").statusCode());
    }
    for (Api neither : List.of(manager, trainer)) {
      assertEquals(403, neither.post("/api/engagement/org", "{}").statusCode());
    }
    assertEquals(401, Api.anonymous().post("/api/engagement/org", "{}").statusCode());
    JsonNode log = expect(200, admin.get("/api/engagement/access-log"));
    assertTrue(log.toString().contains("reconciliation"), "reads are logged");
  }

  @Test
  void aTeamOfFourIsKeptOutOfEveryOutput() {
    String d = "D-" + run;
    String org =
        "team_id,team_name,manager_employee_id,manager_email,parent_team_id,headcount\n"
            + d
            + ",Dept "
            + run
            + ",,,,\n"
            + "A-"
            + run
            + ",Tiny,EA-"
            + run
            + ",a"
            + run
            + "@example.com,"
            + d
            + ",4\n"
            + "B-"
            + run
            + ",Mid,EB-"
            + run
            + ",b"
            + run
            + "@example.com,"
            + d
            + ",10\n"
            + "C-"
            + run
            + ",Big,EC-"
            + run
            + ",c"
            + run
            + "@example.com,"
            + d
            + ",12\n";
    assertEquals("done", importAndWait("org", "&asOf=2025-01-01", org).path("status").asString());
    String survey = "pulse-" + run;
    StringBuilder results =
        new StringBuilder("survey,wave_date,team_id,invited,responded,engagement,enps\n");
    for (String date : List.of("2025-03-01", "2025-06-01")) {
      results
          .append(survey)
          .append(',')
          .append(date)
          .append(",A-")
          .append(run)
          .append(",4,4,11.1,0\n");
      results
          .append(survey)
          .append(',')
          .append(date)
          .append(",B-")
          .append(run)
          .append(",10,10,60,0\n");
      results
          .append(survey)
          .append(',')
          .append(date)
          .append(",C-")
          .append(run)
          .append(",12,12,70,0\n");
      results
          .append(survey)
          .append(',')
          .append(date)
          .append(',')
          .append(d)
          .append(",26,26,58.1,0\n");
    }
    assertEquals("done", importAndWait("survey", "", results.toString()).path("status").asString());

    JsonNode rows = expect(200, admin.get("/api/engagement/team-waves?survey=" + survey));
    for (JsonNode row : rows) {
      String team = row.path("teamId").asString();
      if (team.startsWith("A-") || team.startsWith("B-")) {
        assertTrue(row.path("suppressed").asBoolean(), team + " must be hidden (B by complement)");
        assertTrue(row.path("engagement").isNull() || row.path("engagement").isMissingNode());
      }
    }
    String csv = admin.get("/api/engagement/team-waves.csv?survey=" + survey).body();
    assertFalse(csv.contains("11.1"), csv);
    assertFalse(csv.contains(",60.0,"), "the complement is hidden in the export too: " + csv);
    assertTrue(csv.contains("A-" + run + ",Tiny," + d + ",suppressed,,"), csv);

    JsonNode manager = expect(200, admin.get("/api/engagement/managers/id:EA-" + run));
    for (JsonNode point : manager.path("series").get(0).path("waves")) {
      assertTrue(point.path("suppressed").asBoolean());
      assertTrue(point.path("engagement").isNull() || point.path("engagement").isMissingNode());
    }
    assertFalse(manager.toString().contains("11.1"));
    JsonNode program = expect(200, admin.get("/api/engagement/program?survey=" + survey));
    assertFalse(program.path("estimable").asBoolean(), "two teams cannot be compared safely");
    assertFalse(program.toString().contains("11.1"));
    for (String export :
        List.of(
            "/api/engagement/program.csv?survey=",
            "/api/engagement/modules.csv?survey=",
            "/api/engagement/modules?survey=",
            "/api/engagement/team-waves?survey=")) {
      String body = admin.get(export + survey).body();
      assertFalse(body.contains("11.1"), export + ": " + body);
      assertFalse(body.contains("60.0") || body.contains(",60,"), export + ": " + body);
    }
  }

  @Test
  void theOrganisationAsJsonIsAllOrNothingAndNamesEachMistake() {
    String good = "J-" + run;
    JsonNode refused =
        expect(
            400,
            admin.post(
                "/api/engagement/org",
                "{\"asOf\":\"2025-02-01\",\"teams\":["
                    + "{\"team_id\":\""
                    + good
                    + "\",\"team_name\":\"Fine\",\"manager_employee_id\":\"EJ-"
                    + run
                    + "\"},"
                    + "{\"team_id\":\"J2-"
                    + run
                    + "\",\"team_name\":\"Bad mail\",\"manager_email\":\"nope\"},"
                    + "{\"team_id\":\"J3-"
                    + run
                    + "\",\"team_name\":\"Lost\",\"parent_team_id\":\"nowhere\","
                    + "\"headcount\":true}]}"));
    String errors = refused.path("errors").toString();
    assertTrue(errors.contains("teams[1].manager_email"), errors);
    assertTrue(errors.contains("teams[2].parent_team_id"), errors);
    assertTrue(errors.contains("teams[2].headcount"), errors);
    assertEquals(404, admin.get("/api/engagement/managers/id:EJ-" + run).statusCode(), "nothing");

    JsonNode badDate =
        expect(400, admin.post("/api/engagement/org", "{\"asOf\":\"1 May\",\"teams\":[]}"));
    assertTrue(badDate.path("errors").toString().contains("asOf"), badDate.toString());

    JsonNode stored =
        expect(
            201,
            admin.post(
                "/api/engagement/org",
                "{\"asOf\":\"2025-02-01\",\"teams\":[{\"team_id\":\""
                    + good
                    + "\",\"team_name\":\"Fine\",\"manager_employee_id\":\"EJ-"
                    + run
                    + "\",\"headcount\":7}]}"));
    assertEquals(1, stored.path("teams").asInt());
    assertEquals("2025-02-01", stored.path("asOf").asString());
    JsonNode manager = expect(200, admin.get("/api/engagement/managers/id:EJ-" + run));
    assertEquals(good, manager.path("teams").get(0).asString());
  }

  @Test
  void aBadFileImportsNothingAndReportsEveryRowAndAReImportReplaces() {
    String t = "T-" + run;
    importAndWait(
        "org",
        "&asOf=2025-01-01",
        "team_id,team_name,manager_employee_id,manager_email\n" + t + ",Team,E-" + run + ",\n");
    String survey = "re-" + run;
    JsonNode failed =
        importAndWait(
            "survey",
            "",
            "survey,wave_date,team_id,invited,responded,engagement\n"
                + survey
                + ",2025-03-01,"
                + t
                + ",9,9,50\n"
                + survey
                + ",2025-03-01,ghost,9,9,50\n"
                + survey
                + ",2025-03-01,"
                + t
                + ",9,12,50\n");
    assertEquals("failed", failed.path("status").asString());
    assertEquals(3, failed.path("errorCount").asInt(), failed.toString());
    assertTrue(failed.path("errors").asString().contains("\"line\":3"));
    assertTrue(failed.path("errors").asString().contains("\"column\":\"responded\""));
    assertFalse(expect(200, admin.get("/api/engagement/surveys")).has(survey), "nothing imported");

    importAndWait(
        "survey",
        "",
        "survey,wave_date,team_id,invited,responded,engagement\n"
            + survey
            + ",2025-03-01,"
            + t
            + ",9,9,50\n");
    importAndWait(
        "survey",
        "",
        "survey,wave_date,team_id,invited,responded,engagement\n"
            + survey
            + ",2025-03-01,"
            + t
            + ",9,8,65\n");
    JsonNode rows = expect(200, admin.get("/api/engagement/team-waves?survey=" + survey));
    assertEquals(1, rows.size(), rows.toString());
    assertEquals(65.0, rows.get(0).path("engagement").asDouble());
    assertEquals(1, expect(200, admin.get("/api/engagement/surveys")).path(survey).asInt());
  }

  @Test
  void theSampleOrganisationLoadsAndIsRemovedInOneCall() {
    ServerUnderTest.awaitReady();
    JsonNode loaded = expect(200, admin.post("/api/engagement/sample", "{}"));
    assertTrue(loaded.path("loaded").asBoolean());
    JsonNode program =
        expect(200, admin.get("/api/engagement/program?survey=Sample%20pulse%20survey"));
    assertTrue(program.path("estimable").asBoolean(), program.toString());
    assertTrue(program.path("eventStudy").size() > 2);
    assertEquals(
        204,
        send(HttpRequest.newBuilder(uri("/api/engagement/sample"))
                .header("Authorization", "Bearer " + adminToken)
                .DELETE()
                .build())
            .statusCode());
    assertFalse(expect(200, admin.get("/api/engagement/sample")).path("loaded").asBoolean());
  }
}
