package com.firstline.tracking.board;

import com.firstline.platform.errors.Problem;
import com.firstline.platform.errors.ProblemException;
import com.firstline.platform.identity.CurrentCaller;
import com.firstline.platform.identity.Role;
import com.firstline.scenario.control.ModuleCatalog;
import com.firstline.tracking.TrainerScope;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The completion board of the trainer's course: every manager on the LMS roster with how far they
 * got in a module. Needs a session from a trainer's launch in that course.
 */
@Path("board")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class BoardResource {
  @Inject CurrentCaller current;
  @Inject TrainerScope scope;
  @Inject CompletionBoard boards;
  @Inject ModuleCatalog catalog;

  @GET
  @Operation(summary = "Every manager of the course with their standing in a module")
  public BoardView board(@QueryParam("moduleId") String moduleId) {
    return answer(moduleId, false);
  }

  @POST
  @Path("roster/refresh")
  @Operation(summary = "Fetch the course roster from the LMS now, then answer the board")
  public BoardView refresh(@QueryParam("moduleId") String moduleId) {
    return answer(moduleId, true);
  }

  private BoardView answer(String moduleId, boolean refresh) {
    TrainerScope.Course course = scope.required(current.require(Role.TRAINER));
    if (moduleId == null || moduleId.isBlank() || moduleId.length() > 100) {
      throw ProblemException.badRequest(
          "Name the module: ?moduleId=...",
          List.of(Problem.InputError.field("moduleId", "is required (at most 100 characters)")));
    }
    String title =
        catalog
            .published(moduleId)
            .map(m -> m.module().title())
            .orElseThrow(
                () ->
                    ProblemException.notFound(
                        "No published module has the id '" + moduleId + "'."));
    return BoardView.of(
        moduleId, title, course.launch().contextTitle(), boards.of(course, moduleId, refresh));
  }
}
