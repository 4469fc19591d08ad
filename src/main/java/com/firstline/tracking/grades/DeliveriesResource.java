package com.firstline.tracking.grades;

import com.firstline.platform.errors.Problem;
import com.firstline.platform.errors.ProblemException;
import com.firstline.platform.identity.Caller;
import com.firstline.platform.identity.CurrentCaller;
import com.firstline.platform.identity.Role;
import com.firstline.tracking.TrainerScope;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Where each manager's score stands on its way to the LMS, for trainers of the course (admins
 * without a launch see every course), and a retry for the failed ones.
 */
@Path("deliveries")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DeliveriesResource {
  @Inject CurrentCaller current;
  @Inject TrainerScope scope;
  @Inject Deliveries deliveries;

  @GET
  @Operation(summary = "Score deliveries of a module in the caller's course, newest first")
  public List<DeliveryView> list(@QueryParam("moduleId") String moduleId) {
    Caller caller = current.require(Role.TRAINER);
    if (moduleId == null || moduleId.isBlank() || moduleId.length() > 100) {
      throw ProblemException.badRequest(
          "Name the module: ?moduleId=...",
          List.of(Problem.InputError.field("moduleId", "is required (at most 100 characters)")));
    }
    return deliveries.of(moduleId, scope.of(caller)).stream().map(DeliveryView::of).toList();
  }

  @POST
  @Path("{id}/retry")
  @Operation(summary = "Send a failed score again, as soon as a worker is free")
  public DeliveryView retry(@PathParam("id") long id) {
    Caller caller = current.require(Role.TRAINER);
    return DeliveryView.of(deliveries.retry(id, scope.of(caller)));
  }
}
