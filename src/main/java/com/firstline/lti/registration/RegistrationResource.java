package com.firstline.lti.registration;

import com.firstline.audit.Audited;
import com.firstline.lti.admin.AdminAccess;
import com.firstline.lti.admin.AdminScope;
import com.firstline.platform.errors.ProblemException;
import com.firstline.platform.web.BodyWithoutSession;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/**
 * Registering LMS platforms: {@code POST} a registration, list, read, delete it, change its
 * addresses ({@code PUT .../{id}/addresses}) and add deployments. The operator (the admin token,
 * {@code Authorization: Bearer <lti.admin-token>}) may do all of it; an LTI Administrator's session
 * reads, moves and deploys their own registration only (see {@link AdminScope}).
 */
@BodyWithoutSession
@Path("admin/lti/registrations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RegistrationResource {
  @Inject Registrations registrations;
  @Inject AdminAccess admin;

  @HeaderParam(HttpHeaders.AUTHORIZATION)
  String authorization;

  @Context UriInfo uri;

  @POST
  @Audited("registration.created")
  public Response register(NewRegistration request) {
    admin.requireOperator(authorization, "Registering a platform");
    RegisteredPlatform created = registrations.register(requireBody(request));
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
        .entity(created)
        .build();
  }

  @GET
  public List<RegisteredPlatform> list() {
    AdminScope scope = admin.require(authorization);
    return registrations.all().stream().filter(r -> scope.covers(r.id())).toList();
  }

  @GET
  @Path("{id}")
  public RegisteredPlatform get(@PathParam("id") long id) {
    return registrations
        .byId(admin.require(authorization).require(id))
        .orElseThrow(() -> ProblemException.notFound("There is no LTI registration " + id + "."));
  }

  @DELETE
  @Audited("registration.deleted")
  @Path("{id}")
  public Response delete(@PathParam("id") long id) {
    admin.requireOperator(authorization, "Deleting a registration");
    registrations.delete(id);
    return Response.noContent().build();
  }

  /** Moves the registration to new addresses; issuer and client_id stay. */
  @PUT
  @Audited("registration.moved")
  @Path("{id}/addresses")
  public RegisteredPlatform moveTo(@PathParam("id") long id, Addresses request) {
    long own = admin.require(authorization).require(id);
    Addresses body = requireBody(request);
    return registrations.moveTo(
        own, new Endpoints(body.authUrl(), body.tokenUrl(), body.tokenAudience(), body.jwksUrl()));
  }

  /** The addresses of a registration to change. */
  public record Addresses(String authUrl, String tokenUrl, String tokenAudience, String jwksUrl) {}

  /** Adds one deployment; adding a known one again changes nothing. */
  @POST
  @Audited("registration.deployment-added")
  @Path("{id}/deployments")
  public RegisteredPlatform addDeployment(@PathParam("id") long id, NewDeployment request) {
    long own = admin.require(authorization).require(id);
    return registrations.addDeployment(own, requireBody(request).deploymentId());
  }

  /** The body of a deployment to add. */
  public record NewDeployment(String deploymentId) {}

  private static <T> T requireBody(T body) {
    if (body == null) {
      throw ProblemException.badRequest("Send the details as a JSON body.", List.of());
    }
    return body;
  }
}
