package com.firstline.tracking.grades;

import com.firstline.audit.Audited;
import com.firstline.platform.errors.Problem;
import com.firstline.platform.errors.ProblemException;
import com.firstline.platform.identity.CurrentCaller;
import com.firstline.platform.identity.Role;
import com.firstline.tracking.TrainerScope;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Where each manager's score stands on its way to the LMS, for trainers of the course (an LMS admin
 * sees their platform's courses; the operator's admin token and the development admin see every
 * course), and a retry for the failed ones.
 */
@Path("deliveries")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DeliveriesResource {
  @Inject CurrentCaller current;
  @Inject TrainerScope scope;
  @Inject Deliveries deliveries;

  @HeaderParam(HttpHeaders.AUTHORIZATION)
  String authorization;

  @GET
  @Operation(summary = "Score deliveries of a module in the caller's course, newest first")
  public List<DeliveryView> list(@QueryParam("moduleId") String moduleId) {
    TrainerScope.Scope visible = scope();
    if (moduleId == null || moduleId.isBlank() || moduleId.length() > 100) {
      throw ProblemException.badRequest(
          "Name the module: ?moduleId=...",
          List.of(Problem.InputError.field("moduleId", "is required (at most 100 characters)")));
    }
    return deliveries.of(moduleId, visible).stream().map(DeliveryView::of).toList();
  }

  @POST
  @Audited("delivery.retried")
  @Path("{id}/retry")
  @Operation(summary = "Send a failed score again, as soon as a worker is free")
  public DeliveryView retry(@PathParam("id") long id) {
    return DeliveryView.of(deliveries.retry(id, scope()));
  }

  /** A session's scope; without one, the request must carry the operator's admin token. */
  private TrainerScope.Scope scope() {
    if (current.get().isEmpty()) {
      return scope.ofOperator(authorization, current);
    }
    return scope.of(current.require(Role.TRAINER));
  }
}
