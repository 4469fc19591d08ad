package com.firstline.engagement.boundary;

import com.firstline.engagement.control.EngagementAccess;
import com.firstline.engagement.control.ImportWriter;
import com.firstline.engagement.imports.OrgFile;
import com.firstline.engagement.imports.RowProblems;
import com.firstline.platform.errors.Problem;
import com.firstline.platform.errors.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The organisation as JSON: {@code {"asOf": "2026-01-01", "teams": [{"team_id": ..., "team_name":
 * ..., "manager_employee_id": ..., "manager_email": ..., "parent_team_id": ..., "headcount":
 * 12}]}}, fields named and checked like the CSV's columns. All of it is stored as one snapshot, or,
 * with any mistake, nothing: the answer then names each team by its index and the field.
 */
@Path("engagement/org")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OrgResource {
  static final int MAX_TEAMS = 200_000;
  static final List<String> FIELDS =
      List.of(
          "team_id",
          "team_name",
          "manager_employee_id",
          "manager_email",
          "parent_team_id",
          "headcount");

  @Inject EngagementAccess access;
  @Inject ImportWriter writer;

  public record Imported(LocalDate asOf, int teams, String summary) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Store the organisation as of a date, from JSON (all or nothing)")
  public Response importOrg(JsonObject body) {
    access.analyst("import org", "json");
    if (body == null) {
      throw ProblemException.badRequest(
          "Send the organisation as a JSON object with asOf and teams.",
          List.of(Problem.InputError.field("teams", "is missing")));
    }
    LocalDate asOf = asOf(body.get("asOf"));
    JsonValue teams = body.get("teams");
    if (teams == null
        || teams.getValueType() != JsonValue.ValueType.ARRAY
        || teams.asJsonArray().isEmpty()
        || teams.asJsonArray().size() > MAX_TEAMS) {
      throw ProblemException.badRequest(
          "The organisation holds no teams.",
          List.of(
              Problem.InputError.field(
                  "teams", "must be an array of 1 to " + MAX_TEAMS + " team objects")));
    }
    RowProblems problems = new RowProblems();
    List<Map<String, String>> rows = new ArrayList<>();
    for (int i = 0; i < teams.asJsonArray().size(); i++) {
      rows.add(fields(teams.asJsonArray().get(i), i, problems));
    }
    List<OrgFile.Team> checked = OrgFile.check(rows, problems);
    if (problems.any()) {
      throw ProblemException.badRequest(
          problems.total()
              + " problems: nothing was stored. The first "
              + problems.first().size()
              + " are listed.",
          problems.first().stream().map(OrgResource::error).toList());
    }
    String summary = writer.org(asOf, checked);
    return Response.status(Response.Status.CREATED)
        .entity(new Imported(asOf, checked.size(), summary))
        .build();
  }

  /** A team's fields as text; any other kind of value is a problem of that field. */
  private static Map<String, String> fields(JsonValue team, int index, RowProblems problems) {
    Map<String, String> fields = new HashMap<>();
    if (team.getValueType() != JsonValue.ValueType.OBJECT) {
      problems.add(index, null, "must be an object with the team's fields");
      return fields;
    }
    for (Map.Entry<String, JsonValue> field : team.asJsonObject().entrySet()) {
      JsonValue value = field.getValue();
      if (!FIELDS.contains(field.getKey())) {
        problems.add(index, field.getKey(), "is not a field of a team (" + FIELDS + ")");
      } else if (value instanceof JsonString text) {
        fields.put(field.getKey(), text.getString());
      } else if (value instanceof JsonNumber number) {
        fields.put(field.getKey(), number.toString());
      } else if (value.getValueType() != JsonValue.ValueType.NULL) {
        problems.add(index, field.getKey(), "must be text or a number");
      }
    }
    return fields;
  }

  private static Problem.InputError error(RowProblems.Problem problem) {
    String node = "teams[" + problem.line() + "]";
    return new Problem.InputError(
        null,
        null,
        null,
        node,
        problem.column() == null ? node : node + "." + problem.column(),
        problem.reason());
  }

  private static LocalDate asOf(JsonValue value) {
    try {
      if (value instanceof JsonString text) {
        return LocalDate.parse(text.getString());
      }
    } catch (DateTimeParseException e) {
      // reported below
    }
    throw ProblemException.badRequest(
        "An organisation is stored as of a date.",
        List.of(Problem.InputError.field("asOf", "must be an ISO date (YYYY-MM-DD)")));
  }
}
