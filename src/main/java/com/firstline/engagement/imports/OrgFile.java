package com.firstline.engagement.imports;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The organisation: {@code team_id, team_name, manager_employee_id, manager_email, parent_team_id,
 * headcount}; parent and headcount are optional, and a department may have no manager.
 */
public final class OrgFile {
  static final List<String> REQUIRED =
      List.of("team_id", "team_name", "manager_employee_id", "manager_email");

  private OrgFile() {}

  /** One team as imported; ids as given, the email lower-cased. */
  public record Team(
      String teamId,
      String teamName,
      String managerEmployeeId,
      String managerEmail,
      String parentTeamId,
      Integer headcount) {}

  /** Reads every team; the result is only to be used when {@code problems} stays empty. */
  public static List<Team> read(Reader reader, RowProblems problems, Progress progress) {
    Checker checker = new Checker();
    try (CSVParser parser = CsvFiles.open(reader)) {
      if (!CsvFiles.hasColumns(parser, REQUIRED, problems)) {
        return List.of();
      }
      for (CSVRecord record : parser) {
        checker.row(new Cells(record, problems));
        progress.rowRead(record.getCharacterPosition());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (UncheckedIOException e) {
      problems.add(-1, null, "the file is not valid CSV: " + e.getCause().getMessage());
      return List.of();
    }
    return checker.teams(problems);
  }

  /**
   * Checks teams sent as JSON objects whose fields are named like the CSV's columns, by the same
   * rules; a problem's line is the index of the team in {@code rows} (from 0), its column the
   * field. The result is only to be used when {@code problems} stays empty.
   */
  public static List<Team> check(List<Map<String, String>> rows, RowProblems problems) {
    Checker checker = new Checker();
    for (int i = 0; i < rows.size(); i++) {
      checker.row(new Cells(rows.get(i)::get, i, "index", problems));
    }
    return checker.teams(problems);
  }

  /** The rules of one organisation, row by row, then the parents once every team is known. */
  private static final class Checker {
    private final List<Team> teams = new ArrayList<>();
    private final Map<String, Long> lineOfTeam = new HashMap<>();
    private final List<Map.Entry<String, Long>> parentLines = new ArrayList<>();

    void row(Cells cells) {
      String teamId = cells.required("team_id", 100);
      String name = cells.required("team_name", 300);
      String employeeId = cells.optional("manager_employee_id");
      if (employeeId != null && employeeId.length() > 255) {
        cells.problem("manager_employee_id", "is longer than 255 characters");
      }
      String email = cells.email("manager_email");
      String parent = cells.optional("parent_team_id");
      Integer headcount = cells.integer("headcount", false, 0, 10_000_000);
      if (teamId != null) {
        Long earlier = lineOfTeam.putIfAbsent(teamId, cells.line());
        if (earlier != null) {
          cells.problem("team_id", "team '" + teamId + "' is already on " + cells.place(earlier));
        }
      }
      if (parent != null) {
        parentLines.add(Map.entry(parent, cells.line()));
      }
      if (!cells.bad()) {
        teams.add(new Team(teamId, name, employeeId, email, parent, headcount));
      }
    }

    List<Team> teams(RowProblems problems) {
      for (Map.Entry<String, Long> parent : parentLines) {
        if (!lineOfTeam.containsKey(parent.getKey())) {
          problems.add(
              parent.getValue(), "parent_team_id", "unknown team '" + parent.getKey() + "'");
        }
      }
      return teams;
    }
  }
}
