package com.firstline.engagement.boundary;

import com.firstline.engagement.analytics.DidSettings;
import com.firstline.engagement.control.EngagementAccess;
import com.firstline.engagement.control.EngagementStore;
import com.firstline.engagement.control.ImportStore;
import com.firstline.engagement.control.Imports;
import com.firstline.engagement.control.Insights;
import com.firstline.engagement.control.ModuleReport;
import com.firstline.engagement.control.ProgramReport;
import com.firstline.engagement.control.Reconciler;
import com.firstline.engagement.control.Reports;
import com.firstline.engagement.control.SampleOrganisation;
import com.firstline.engagement.control.TeamResults;
import com.firstline.platform.errors.Problem;
import com.firstline.platform.errors.ProblemException;
import com.firstline.platform.identity.Caller;
import com.firstline.platform.web.LargeBody;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The engagement API. Each method checks the caller first; reads are written to the access log. */
@Path("engagement")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class EngagementResource {
  @Inject EngagementAccess access;
  @Inject Insights insights;
  @Inject ProgramReport programReport;
  @Inject ModuleReport moduleReport;
  @Inject TeamResults teamResults;
  @Inject Imports imports;
  @Inject EngagementStore store;
  @Inject ImportStore importStore;
  @Inject Reconciler reconciler;
  @Inject SampleOrganisation sample;

  public record Started(long id) {}

  public record ImportView(
      long id,
      String kind,
      String fileName,
      String status,
      long rowsRead,
      int percent,
      int errorCount,
      String errors,
      String summary,
      String startedAt,
      String finishedAt) {}

  public record Link(String managerKey, Long personId) {}

  public record SampleStatus(boolean loaded, String survey, String summary) {}

  @GET
  @Path("surveys")
  @Operation(summary = "Imported surveys and their number of waves")
  public Map<String, Integer> surveys() {
    access.analyst("surveys", null);
    return insights.surveys();
  }

  @POST
  @Path("imports")
  @LargeBody
  @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
  @Operation(summary = "Start importing a CSV file: kind org (with asOf), survey or completions")
  public Response startImport(
      @QueryParam("kind") String kind,
      @QueryParam("asOf") String asOf,
      @QueryParam("fileName") @DefaultValue("upload.csv") String fileName,
      InputStream body) {
    Caller caller = access.analyst("import", kind + " " + fileName);
    Imports.Kind parsed = kind(kind);
    LocalDate date = parsed == Imports.Kind.ORG ? date(asOf) : null;
    long id = imports.start(parsed, fileName, date, body, caller.personId());
    return Response.accepted(new Started(id)).build();
  }

  @GET
  @Path("imports")
  public List<ImportView> imports() {
    access.analyst("imports", null);
    return importStore.imports(null, 20).stream().map(EngagementResource::view).toList();
  }

  @GET
  @Path("imports/{id}")
  public ImportView importStatus(@PathParam("id") long id) {
    access.analyst("import status", Long.toString(id));
    return importStore.imports(id, 1).stream()
        .findFirst()
        .map(EngagementResource::view)
        .orElseThrow(() -> ProblemException.notFound("No import " + id + "."));
  }

  @GET
  @Path("program")
  @Operation(summary = "The program effect: staggered difference-in-differences with its interval")
  public Reports.ProgramView program(
      @QueryParam("survey") String survey,
      @QueryParam("control") @DefaultValue("NOT_YET_TREATED") String control,
      @QueryParam("weighting") @DefaultValue("RESPONDENTS") String weighting) {
    access.analyst("program effect", survey);
    return programReport.program(
        survey,
        option(DidSettings.Control.class, "control", control),
        option(DidSettings.Weighting.class, "weighting", weighting));
  }

  @GET
  @Path("program.csv")
  @Produces("text/csv")
  public Response programCsv(@QueryParam("survey") String survey) {
    access.analyst("export program", survey);
    Reports.ProgramView view =
        programReport.program(
            survey, DidSettings.Control.NOT_YET_TREATED, DidSettings.Weighting.RESPONDENTS);
    StringBuilder csv = new StringBuilder("waves_from_completion,estimate,low,high,cohorts\n");
    for (Reports.EventPointView p : view.eventStudy()) {
      csv.append(Csv.row(p.relativeWave(), p.estimate(), p.low(), p.high(), p.cohorts()));
    }
    return Csv.download(csv, "program-effect.csv");
  }

  @GET
  @Path("managers/{key}")
  @Operation(summary = "One manager: modules completed and their team's results over waves")
  public Reports.ManagerView manager(@PathParam("key") String key) {
    access.analyst("manager view", key);
    return insights.manager(key);
  }

  @GET
  @Path("modules")
  public Reports.ModulesView modules(@QueryParam("survey") String survey) {
    access.analyst("per module", survey);
    return moduleReport.modules(survey);
  }

  @GET
  @Path("modules.csv")
  @Produces("text/csv")
  public Response modulesCsv(@QueryParam("survey") String survey) {
    access.analyst("export per module", survey);
    Reports.ModulesView view = moduleReport.modules(survey);
    StringBuilder csv =
        new StringBuilder("module,scene,first_try,shown,teams,respondents,mean_change\n");
    for (Reports.ModuleArm arm : view.arms()) {
      csv.append(
          Csv.row(
              arm.moduleId(),
              null,
              arm.passedFirstTry() ? "passed" : "not passed",
              arm.shown() ? "yes" : "too few to show",
              arm.teams(),
              arm.respondents(),
              arm.meanChange()));
    }
    for (List<Reports.GroupChange> groups : List.of(view.paths(), view.choices())) {
      for (Reports.GroupChange group : groups) {
        csv.append(
            Csv.row(
                group.moduleId(),
                group.sceneId(),
                group.group(),
                group.shown() ? "yes" : "too few to show",
                group.teams(),
                group.respondents(),
                group.meanChange()));
      }
    }
    return Csv.download(csv, "per-module.csv");
  }

  @GET
  @Path("team-waves")
  public List<Reports.TeamWaveExport> teamWaves(@QueryParam("survey") String survey) {
    access.analyst("team results", survey);
    return teamResults.teamWaves(survey);
  }

  @GET
  @Path("team-waves.csv")
  @Produces("text/csv")
  public Response teamWavesCsv(@QueryParam("survey") String survey) {
    access.analyst("export team results", survey);
    StringBuilder csv =
        new StringBuilder(
            "survey,wave_date,team_id,team_name,parent_team_id,respondents,engagement,enps\n");
    for (Reports.TeamWaveExport row : teamResults.teamWaves(survey)) {
      csv.append(
          Csv.row(
              row.survey(),
              row.waveDate(),
              row.teamId(),
              row.teamName(),
              row.parentTeamId(),
              row.suppressed() ? "suppressed" : row.respondents(),
              row.engagement(),
              row.enps()));
    }
    return Csv.download(csv, "team-results.csv");
  }

  @GET
  @Path("reconciliation")
  public Reports.Reconciliation reconciliation() {
    access.analyst("reconciliation", null);
    return reconciler.reconcile();
  }

  @POST
  @Path("links")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Link a manager to an LMS person by hand (kept across imports)")
  public Response link(Link link) {
    Caller caller = access.admin("link manager", link == null ? null : link.managerKey());
    if (link == null
        || link.managerKey() == null
        || !link.managerKey().matches("(id|email):.{1,320}")
        || link.personId() == null) {
      throw ProblemException.badRequest(
          "Name the manager and the person.",
          List.of(
              Problem.InputError.field("managerKey", "must be id:<employee id> or email:<email>"),
              Problem.InputError.field("personId", "must be a person's id")));
    }
    if (!store.personExists(link.personId())) {
      throw ProblemException.notFound("No person " + link.personId() + ".");
    }
    store.link(link.managerKey(), link.personId(), caller.personId());
    return Response.noContent().build();
  }

  @DELETE
  @Path("links/{key}")
  public Response unlink(@PathParam("key") String key) {
    access.admin("unlink manager", key);
    if (!store.unlink(key)) {
      throw ProblemException.notFound("No link for " + key + ".");
    }
    return Response.noContent().build();
  }

  @GET
  @Path("access-log")
  public List<EngagementStore.AccessEntry> accessLog() {
    access.admin("access log", null);
    return store.accessLog(500);
  }

  @GET
  @Path("sample")
  public SampleStatus sampleStatus() {
    access.analyst("sample status", null);
    return new SampleStatus(sample.loaded(), SampleOrganisation.SURVEY, null);
  }

  @POST
  @Path("sample")
  @Operation(summary = "Load the labelled sample organisation (replaces an earlier sample)")
  public SampleStatus loadSample(
      @QueryParam("module") @DefaultValue("mistake-at-the-counter") String module) {
    access.admin("load sample", null);
    return new SampleStatus(true, SampleOrganisation.SURVEY, sample.load(module));
  }

  @DELETE
  @Path("sample")
  public Response removeSample() {
    access.admin("remove sample", null);
    sample.remove();
    return Response.noContent().build();
  }

  private static ImportView view(ImportStore.ImportRow row) {
    int percent =
        row.totalBytes() == 0 ? 0 : (int) Math.min(100, 100 * row.bytesRead() / row.totalBytes());
    return new ImportView(
        row.id(),
        row.kind(),
        row.fileName(),
        row.status(),
        row.rowsRead(),
        "running".equals(row.status()) ? percent : 100,
        row.errorCount(),
        row.errorsJson(),
        row.summary(),
        row.startedAt().toString(),
        row.finishedAt() == null ? null : row.finishedAt().toString());
  }

  private static Imports.Kind kind(String kind) {
    return option(Imports.Kind.class, "kind", kind);
  }

  private static <E extends Enum<E>> E option(Class<E> type, String name, String value) {
    try {
      return Enum.valueOf(type, value == null ? "" : value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ProblemException.badRequest(
          "Unknown " + name + " '" + value + "'.",
          List.of(
              Problem.InputError.field(
                  name, "must be one of " + java.util.Arrays.toString(type.getEnumConstants()))));
    }
  }

  private static LocalDate date(String asOf) {
    try {
      return LocalDate.parse(asOf == null ? "" : asOf);
    } catch (DateTimeParseException e) {
      throw ProblemException.badRequest(
          "An organisation is imported as of a date.",
          List.of(Problem.InputError.field("asOf", "must be an ISO date (YYYY-MM-DD)")));
    }
  }
}
