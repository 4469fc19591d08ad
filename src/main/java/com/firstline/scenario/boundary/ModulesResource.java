package com.firstline.scenario.boundary;

import com.firstline.platform.errors.Problem;
import com.firstline.platform.errors.ProblemException;
import com.firstline.scenario.control.ModuleCatalog;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The catalog of published modules. Public: it shows titles and summaries, nothing personal. */
@Path("modules")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ModulesResource {
  @Inject ModuleCatalog catalog;

  /** The catalog, and every content file that could not be published with what is wrong in it. */
  public record Catalog(List<ModuleSummary> modules, List<RefusedFile> refusedFiles) {}

  public record RefusedFile(String file, List<Problem.InputError> errors) {}

  @GET
  @Operation(summary = "List the published modules and the content files that were refused")
  public Catalog list() {
    return new Catalog(
        catalog.published().stream().map(ModuleSummary::of).toList(),
        catalog.problems().stream()
            .map(p -> new RefusedFile(p.file(), ContentErrors.asInputErrors(p.errors())))
            .toList());
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One published module")
  public ModuleSummary one(@PathParam("id") String id) {
    return catalog
        .published(id)
        .map(ModuleSummary::of)
        .orElseThrow(
            () -> ProblemException.notFound("No published module has the id '" + id + "'."));
  }
}
