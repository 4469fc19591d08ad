package com.firstline.engagement.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.firstline.engagement.imports.RowProblems.Problem;
import com.firstline.engagement.imports.SurveyFile.Results;
import com.firstline.engagement.imports.SurveyFile.TeamWave;
import com.firstline.engagement.imports.SurveyFile.Wave;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ImportFilesTest {
  private static final Set<String> TEAMS = Set.of("t1", "t2");

  private static Results survey(String csv, RowProblems problems) {
    return SurveyFile.read(new StringReader(csv), TEAMS, problems, Progress.NONE);
  }

  private static void assertProblem(RowProblems problems, long line, String column, String reason) {
    assertTrue(
        problems.first().stream()
            .anyMatch(
                p ->
                    p.line() == line
                        && java.util.Objects.equals(p.column(), column)
                        && p.reason().contains(reason)),
        () ->
            "no problem at line "
                + line
                + " "
                + column
                + " '"
                + reason
                + "' in "
                + problems.first());
  }

  @Test
  void teamLevelRowsAreReadWithTheirItems() {
    RowProblems problems = new RowProblems();
    Results results =
        survey(
            "survey,wave_date,team_id,invited,responded,engagement,enps,q_pride\n"
                + "pulse,2026-03-01,t1,12,9,71.5,20,80\n",
            problems);

    assertFalse(problems.any(), () -> problems.first().toString());
    assertEquals(SurveyFile.Shape.TEAM, results.shape());
    TeamWave t1 = results.waves().get(new Wave("pulse", LocalDate.parse("2026-03-01"))).get("t1");
    assertEquals(9, t1.respondents());
    assertEquals(71.5, t1.engagement());
    assertEquals(80.0, t1.items().get("pride"));
  }

  @Test
  void everyTeamLevelErrorIsReportedWithLineAndColumn() {
    RowProblems problems = new RowProblems();
    survey(
        "survey,wave_date,team_id,invited,responded,engagement,enps\n"
            + "pulse,01/03/2026,t1,12,9,70,0\n"
            + "pulse,2026-03-01,nobody,12,9,70,0\n"
            + "pulse,2026-03-01,t1,12,9,101,0\n"
            + "pulse,2026-03-01,t2,8,9,70,0\n"
            + "pulse,2026-03-01,t2,8,x,70,0\n"
            + "pulse,2026-03-01,t1,12,9,70,-101\n"
            + "pulse,2026-03-01,t1,12,9,70,0\n"
            + "pulse,2026-03-01,t1,12,9,70,0\n",
        problems);

    assertProblem(problems, 2, "wave_date", "not an ISO date");
    assertProblem(problems, 3, "team_id", "unknown team 'nobody'");
    assertProblem(problems, 4, "engagement", "out of range 0–100");
    assertProblem(problems, 5, "responded", "more than invited");
    assertProblem(problems, 6, "responded", "not a whole number");
    assertProblem(problems, 7, "enps", "out of range -100–100");
    assertProblem(problems, 9, "team_id", "already has a row for this wave on line 4");
  }

  @Test
  void aMissingColumnIsReportedOnTheHeader() {
    RowProblems problems = new RowProblems();
    survey("survey,wave_date,team_id,invited,engagement\npulse,2026-03-01,t1,3,50\n", problems);

    assertProblem(problems, 1, "responded", "the header has no column");
  }

  @Test
  void responseRowsAreTalliedIntoFavourabilityMeanAndEnps() {
    RowProblems problems = new RowProblems();
    Results results =
        survey(
            "survey,wave_date,team_id,respondent_id,q_pride,q_care,enps_score\n"
                + "pulse,2026-03-01,t1,r1,5,4,10\n"
                + "pulse,2026-03-01,t1,r2,4,2,9\n"
                + "pulse,2026-03-01,t1,r3,1,,6\n"
                + "pulse,2026-03-01,t1,r4,3,5,8\n",
            problems);

    assertFalse(problems.any(), () -> problems.first().toString());
    assertEquals(SurveyFile.Shape.RESPONSE, results.shape());
    TeamWave t1 = results.waves().get(new Wave("pulse", LocalDate.parse("2026-03-01"))).get("t1");
    assertEquals(4, t1.respondents());
    assertEquals(50.0, t1.items().get("pride"), 1e-9, "2 of 4 answered 4 or 5");
    assertEquals(200.0 / 3, t1.items().get("care"), 1e-9, "2 of 3 answered 4 or 5");
    assertEquals((50.0 + 200.0 / 3) / 2, t1.engagement(), 1e-9);
    assertEquals(25.0, t1.enps(), 1e-9, "2 promoters, 1 detractor of 4");
    assertEquals(24.0 / 7, t1.meanScore(), 1e-9);
  }

  @Test
  void everyResponseLevelErrorIsReported() {
    RowProblems problems = new RowProblems();
    survey(
        "survey,wave_date,team_id,respondent_id,q_pride,enps_score\n"
            + "pulse,2026-03-01,t1,r1,6,5\n"
            + "pulse,2026-03-01,t1,r2,4,11\n"
            + "pulse,2026-03-01,t1,r3,4,5\n"
            + "pulse,2026-03-01,t2,r3,4,5\n"
            + ",2026-03-01,t2,r4,4,5\n",
        problems);

    assertProblem(problems, 2, "q_pride", "out of range 1–5");
    assertProblem(problems, 3, "enps_score", "out of range 0–10");
    assertProblem(problems, 5, "respondent_id", "'r3' already answered this wave");
    assertProblem(problems, 6, "survey", "is empty");
    assertEquals(4, problems.total());
  }

  @Test
  void onlyTheFirstHundredProblemsAreKeptButAllAreCounted() {
    StringBuilder csv =
        new StringBuilder("survey,wave_date,team_id,invited,responded,engagement\n");
    for (int i = 0; i < 250; i++) {
      csv.append("pulse,2026-03-01,ghost").append(i).append(",5,5,50\n");
    }
    RowProblems problems = new RowProblems();
    survey(csv.toString(), problems);

    assertEquals(250, problems.total());
    assertEquals(100, problems.first().size());
    assertEquals(
        new Problem(101, "team_id", "unknown team 'ghost99' (import the organisation first)"),
        problems.first().get(99));
  }

  @Test
  void brokenCsvIsReportedNotThrown() {
    RowProblems problems = new RowProblems();
    survey(
        "survey,wave_date,team_id,invited,responded,engagement\npulse,\"2026-03-01,t1\n", problems);

    assertTrue(problems.any());
    assertTrue(problems.first().get(0).reason().contains("not valid CSV"));
  }

  @Test
  void orgErrorsNameTheirLineAndColumn() {
    RowProblems problems = new RowProblems();
    List<OrgFile.Team> teams =
        OrgFile.read(
            new StringReader(
                "team_id,team_name,manager_employee_id,manager_email,parent_team_id,headcount\n"
                    + "d1,Sales,,,,\n"
                    + "t1,North,E1,Ann@Example.com,d1,8\n"
                    + "t1,Again,E2,b@example.com,d1,8\n"
                    + "t3,,E3,not-an-email,nowhere,-1\n"),
            problems,
            Progress.NONE);

    assertProblem(problems, 4, "team_id", "already on line 3");
    assertProblem(problems, 5, "team_name", "is empty");
    assertProblem(problems, 5, "manager_email", "not an email address");
    assertProblem(problems, 5, "headcount", "out of range");
    assertProblem(problems, 5, "parent_team_id", "unknown team 'nowhere'");
    assertEquals("ann@example.com", teams.get(1).managerEmail());
  }

  @Test
  void orgAsJsonRowsFollowTheCsvRulesAndNameTheirIndex() {
    RowProblems problems = new RowProblems();
    List<Map<String, String>> rows = new ArrayList<>();
    rows.add(Map.of("team_id", "d1", "team_name", "Sales"));
    rows.add(
        Map.of(
            "team_id",
            "t1",
            "team_name",
            "North",
            "manager_email",
            "Ann@Example.com",
            "parent_team_id",
            "d1",
            "headcount",
            "8"));
    rows.add(Map.of("team_id", "t1", "team_name", "Again", "parent_team_id", "d1"));
    rows.add(
        Map.of(
            "team_id",
            "t3",
            "manager_email",
            "not-an-email",
            "parent_team_id",
            "nowhere",
            "headcount",
            "2.5"));

    List<OrgFile.Team> teams = OrgFile.check(rows, problems);

    assertProblem(problems, 2, "team_id", "already on index 1");
    assertProblem(problems, 3, "team_name", "is empty");
    assertProblem(problems, 3, "manager_email", "not an email address");
    assertProblem(problems, 3, "headcount", "not a whole number");
    assertProblem(problems, 3, "parent_team_id", "unknown team 'nowhere'");
    assertEquals(5, problems.total());
    assertEquals("ann@example.com", teams.get(1).managerEmail());
  }

  @Test
  void aGoodOrgAsJsonHasNoProblems() {
    RowProblems problems = new RowProblems();
    List<OrgFile.Team> teams =
        OrgFile.check(
            List.of(
                Map.of("team_id", "d1", "team_name", "Sales"),
                Map.of("team_id", "t1", "team_name", "North", "parent_team_id", "d1")),
            problems);

    assertFalse(problems.any());
    assertEquals(List.of("d1", "t1"), teams.stream().map(OrgFile.Team::teamId).toList());
  }

  @Test
  void completionErrorsNameTheirLineAndColumn() {
    RowProblems problems = new RowProblems();
    List<CompletionFile.Completion> completions =
        CompletionFile.read(
            new StringReader(
                "employee_id,email,module_id,completed_at,passed,score\n"
                    + "E1,,mistake-at-the-counter,2026-01-05,true,8\n"
                    + ",,mistake-at-the-counter,2026-01-05,true,8\n"
                    + "E2,,mistake-at-the-counter,5 Jan,maybe,-3\n"),
            problems,
            Progress.NONE);

    assertEquals(1, completions.size());
    assertProblem(problems, 3, "employee_id", "neither employee_id nor email");
    assertProblem(problems, 4, "completed_at", "not an ISO date");
    assertProblem(problems, 4, "passed", "not true or false");
    assertProblem(problems, 4, "score", "out of range");
  }
}
