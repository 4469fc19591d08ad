package com.firstline.authoring.boundary;

import com.firstline.authoring.control.Drafts;
import com.firstline.authoring.control.LearnerPaths;
import com.firstline.authoring.control.ModuleDocument;
import com.firstline.authoring.control.Overlay;
import com.firstline.authoring.control.Preview;
import com.firstline.authoring.control.VersionDiff;
import com.firstline.platform.errors.Problem;
import com.firstline.platform.errors.ProblemException;
import com.firstline.platform.identity.Caller;
import com.firstline.platform.identity.CurrentCaller;
import com.firstline.platform.identity.Role;
import com.firstline.scenario.control.VersionedModule;
import com.firstline.scenario.entity.ModuleVersion;
import com.firstline.scenario.format.SafeMarkdown;
import com.firstline.scenario.model.Module;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The authoring API for trainers and admins; every call checks the role first. Drafts carry their
 * revision as an ETag, and every write names the revision it is based on in {@code If-Match}.
 */
@Path("authoring")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuthoringResource {
  private static final String YAML = "application/yaml";

  @Inject CurrentCaller current;
  @Inject Drafts drafts;
  @Inject LearnerPaths learnerPaths;

  /** A new module: blank, or a copy of {@code copyOf}. */
  public record NewModule(String id, String title, String copyOf) {}

  /** One preview step: where to stand (start when null), with which values, and what to choose. */
  public record PreviewRequest(
      String at, Map<String, Object> variables, Integer choiceScoreSum, String choose) {}

  public record MarkdownText(String markdown) {}

  public record Catalog(List<AuthoringViews.CatalogEntry> modules) {}

  public record Versions(String moduleId, List<AuthoringViews.VersionView> versions) {}

  public record Diff(String moduleId, int from, int to, List<VersionDiff.Change> changes) {}

  public record LearnerFigures(
      String moduleId, Overlay.Figures figures, List<LearnerPaths.Course> courses) {}

  @GET
  @Path("modules")
  @Operation(summary = "Every module with its state: draft, published version, or invalid")
  public Catalog catalog() {
    trainer();
    return new Catalog(drafts.catalog().stream().map(AuthoringViews::entry).toList());
  }

  @POST
  @Path("modules")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Begin a module, blank or as a copy of another")
  public Response create(NewModule request) {
    Caller caller = trainer();
    if (request == null) {
      throw ProblemException.badRequest("Send the new module's id and title.", List.of());
    }
    Drafts.DraftState state =
        refusals(
            () ->
                drafts.create(request.id(), request.title(), request.copyOf(), caller.personId()));
    return withTag(Response.status(201), state);
  }

  @GET
  @Path("modules/{id}/draft")
  @Operation(summary = "The draft (the module's document tree) with its validation")
  public Response draft(@PathParam("id") String moduleId) {
    trainer();
    return withTag(Response.ok(), found(moduleId));
  }

  @PUT
  @Path("modules/{id}/draft")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Save the draft over the revision named in If-Match")
  public Response save(
      @PathParam("id") String moduleId, @HeaderParam("If-Match") String ifMatch, String body) {
    Caller caller = trainer();
    int revision = revision(ifMatch);
    ObjectNode document = document(body);
    return withTag(
        Response.ok(),
        locked(moduleId, () -> drafts.save(moduleId, revision, document, caller.personId())));
  }

  @POST
  @Path("modules/{id}/check")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Validate a document without saving it")
  public AuthoringViews.DraftView check(@PathParam("id") String moduleId, String body) {
    trainer();
    Drafts.DraftState saved = found(moduleId);
    return AuthoringViews.draft(drafts.checked(saved, document(body)));
  }

  @POST
  @Path("modules/{id}/publish")
  @Operation(summary = "Publish the draft at If-Match as the next immutable version")
  public AuthoringViews.Published publish(
      @PathParam("id") String moduleId, @HeaderParam("If-Match") String ifMatch) {
    Caller caller = trainer();
    int revision = revision(ifMatch);
    VersionedModule published =
        locked(moduleId, () -> drafts.publish(moduleId, revision, caller.personId()));
    return new AuthoringViews.Published(moduleId, published.version(), published.versionId());
  }

  @GET
  @Path("modules/{id}/versions")
  @Operation(summary = "The module's published versions, oldest first")
  public Versions versions(@PathParam("id") String moduleId) {
    trainer();
    found(moduleId);
    return new Versions(
        moduleId, drafts.history(moduleId).stream().map(AuthoringViews::version).toList());
  }

  @GET
  @Path("modules/{id}/diff")
  @Operation(summary = "What changed between two versions: scenes, choices and texts")
  public Diff diff(
      @PathParam("id") String moduleId,
      @QueryParam("from") Integer from,
      @QueryParam("to") Integer to) {
    trainer();
    if (from == null || to == null) {
      throw ProblemException.badRequest(
          "Name both versions, e.g. ?from=1&to=2.",
          List.of(Problem.InputError.field(from == null ? "from" : "to", "required")));
    }
    JsonNode older = ModuleDocument.fromYaml(version(moduleId, from).sourceText());
    JsonNode newer = ModuleDocument.fromYaml(version(moduleId, to).sourceText());
    return new Diff(moduleId, from, to, VersionDiff.between(older, newer));
  }

  @GET
  @Path("modules/{id}/export")
  @Produces({YAML, MediaType.APPLICATION_JSON})
  @Operation(summary = "The module file (YAML) of the draft, or of one version")
  public Response export(@PathParam("id") String moduleId, @QueryParam("version") Integer version) {
    trainer();
    String text =
        version == null
            ? drafts.exportDraft(moduleId).orElseThrow(() -> unknown(moduleId))
            : version(moduleId, version).sourceText();
    return Response.ok(text, YAML + "; charset=utf-8")
        .header("Content-Disposition", "attachment; filename=\"" + moduleId + ".yaml\"")
        .build();
  }

  @POST
  @Path("modules/{id}/import")
  @Consumes({YAML, "text/yaml", "application/x-yaml", MediaType.TEXT_PLAIN})
  @Operation(summary = "Replace the draft with a module file, only if the file is valid")
  public Response importFile(
      @PathParam("id") String moduleId, @HeaderParam("If-Match") String ifMatch, String text) {
    Caller caller = trainer();
    int revision = revision(ifMatch);
    return withTag(
        Response.ok(),
        locked(
            moduleId,
            () ->
                drafts.importYaml(
                    moduleId, revision, text == null ? "" : text, caller.personId())));
  }

  @POST
  @Path("modules/{id}/preview")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "One step of a preview as a learner; records nothing")
  public Preview.Screen preview(@PathParam("id") String moduleId, PreviewRequest request) {
    trainer();
    Drafts.DraftState state = found(moduleId);
    Module module =
        state
            .report()
            .module()
            .orElseThrow(
                () ->
                    new ProblemException(
                        Problem.of(422, "Invalid module", "Fix the draft's errors to preview it.")
                            .withErrors(AuthoringViews.inputErrors(state.report().errors()))));
    PreviewRequest step = request == null ? new PreviewRequest(null, null, null, null) : request;
    int sum = step.choiceScoreSum() == null ? 0 : step.choiceScoreSum();
    try {
      if (step.choose() == null) {
        return Preview.at(module, step.at(), step.variables(), sum);
      }
      Preview.Screen here = Preview.at(module, step.at(), step.variables(), sum);
      return Preview.choose(module, here.state(), step.choose());
    } catch (IllegalArgumentException e) {
      throw ProblemException.badRequest(e.getMessage(), List.of());
    }
  }

  @POST
  @Path("render")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Markdown as the player shows it: rendered and sanitized")
  public AuthoringViews.Rendered render(MarkdownText text) {
    trainer();
    return new AuthoringViews.Rendered(SafeMarkdown.toHtml(text == null ? null : text.markdown()));
  }

  @GET
  @Path("modules/{id}/learners")
  @Operation(summary = "How learners went through the module's published versions")
  public LearnerFigures learners(
      @PathParam("id") String moduleId,
      @QueryParam("version") Integer version,
      @QueryParam("course") String course,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    trainer();
    found(moduleId);
    return new LearnerFigures(
        moduleId,
        learnerPaths.figures(filter(moduleId, version, course, from, to)),
        learnerPaths.courses(moduleId));
  }

  @GET
  @Path("modules/{id}/learners.csv")
  @Produces("text/csv")
  @Operation(summary = "The learners' figures as CSV")
  public Response learnersCsv(
      @PathParam("id") String moduleId,
      @QueryParam("version") Integer version,
      @QueryParam("course") String course,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    trainer();
    found(moduleId);
    String csv = LearnerCsv.of(learnerPaths.figures(filter(moduleId, version, course, from, to)));
    return Response.ok(csv, "text/csv; charset=utf-8")
        .header("Content-Disposition", "attachment; filename=\"" + moduleId + "-learners.csv\"")
        .build();
  }

  private Caller trainer() {
    return current.require(Role.TRAINER);
  }

  private Drafts.DraftState found(String moduleId) {
    return drafts.draft(moduleId).orElseThrow(() -> unknown(moduleId));
  }

  private ModuleVersion version(String moduleId, int version) {
    return drafts
        .version(moduleId, version)
        .orElseThrow(
            () ->
                ProblemException.notFound(
                    "The module '" + moduleId + "' has no version " + version + "."));
  }

  private static ProblemException unknown(String moduleId) {
    return ProblemException.notFound("There is no module '" + moduleId + "'.");
  }

  private static LearnerPaths.Filter filter(
      String moduleId, Integer version, String course, String from, String to) {
    return new LearnerPaths.Filter(
        moduleId, version, course, day(from, "from", 0), day(to, "to", 1));
  }

  /** A day (yyyy-mm-dd, UTC) as the instant it starts, or the next day's start for an end. */
  private static Instant day(String text, String field, int plusDays) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text).plusDays(plusDays).atStartOfDay(ZoneOffset.UTC).toInstant();
    } catch (DateTimeParseException e) {
      throw ProblemException.badRequest(
          "Write dates as yyyy-mm-dd.",
          List.of(Problem.InputError.field(field, "'" + text + "' is not a date")));
    }
  }

  private static ObjectNode document(String body) {
    try {
      JsonNode document = ModuleDocument.fromJson(body == null ? "" : body).path("document");
      if (document instanceof ObjectNode object) {
        return object;
      }
      throw new IllegalArgumentException("The body needs a 'document' object.");
    } catch (IllegalArgumentException e) {
      throw ProblemException.badRequest(
          e.getMessage(), List.of(Problem.InputError.field("document", e.getMessage())));
    }
  }

  /** The revision named by {@code If-Match}; writes without one are refused (428). */
  private static int revision(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw new ProblemException(
          428,
          "Precondition required",
          "Send the draft's revision in If-Match (the ETag you read), so that nobody's changes are"
              + " overwritten.");
    }
    String tag = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
    try {
      return Integer.parseInt(tag);
    } catch (NumberFormatException e) {
      throw ProblemException.badRequest(
          "If-Match must be the draft's ETag, e.g. \"3\".",
          List.of(Problem.InputError.field("If-Match", "'" + ifMatch + "' is not a revision")));
    }
  }

  private static Response withTag(Response.ResponseBuilder response, Drafts.DraftState state) {
    return response
        .tag(new EntityTag(Integer.toString(state.revision())))
        .entity(AuthoringViews.draft(state))
        .build();
  }

  private interface Write<T> {
    T run();
  }

  /** Runs a write; a stale revision answers 412 with the draft as it is now. */
  private <T> T locked(String moduleId, Write<T> write) {
    try {
      return refusals(write);
    } catch (Drafts.StaleDraftException e) {
      Drafts.DraftState now = found(moduleId);
      throw new ProblemException(
          new Problem(
                  "/problems/authoring/draft-changed",
                  "The draft changed",
                  412,
                  "Someone saved this draft (now revision "
                      + now.revision()
                      + ") after you opened it. Your text is still in your editor: load their"
                      + " version to compare, then save again.",
                  null,
                  List.of())
              .withCurrent(AuthoringViews.draft(now)));
    }
  }

  private static <T> T refusals(Write<T> write) {
    try {
      return write.run();
    } catch (Drafts.RefusedException e) {
      throw new ProblemException(
          Problem.of(e.status(), Problem.titleFor(e.status()), e.getMessage())
              .withErrors(AuthoringViews.inputErrors(e.errors())));
    }
  }
}
