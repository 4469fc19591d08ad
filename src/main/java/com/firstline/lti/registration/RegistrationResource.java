package com.firstline.lti.registration;

import com.firstline.lti.admin.AdminCredential;
import com.firstline.platform.errors.ProblemException;
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
 * addresses ({@code PUT .../{id}/addresses}) and add deployments. Every call needs the LTI admin
 * token ({@code Authorization: Bearer <lti.admin-token>}).
 */
@Path("admin/lti/registrations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RegistrationResource {
  @Inject Registrations registrations;
  @Inject AdminCredential admin;

  @HeaderParam(HttpHeaders.AUTHORIZATION)
  String authorization;

  @Context UriInfo uri;

  @POST
  public Response register(NewRegistration request) {
    admin.require(authorization);
    RegisteredPlatform created = registrations.register(requireBody(request));
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
        .entity(created)
        .build();
  }

  @GET
  public List<RegisteredPlatform> list() {
    admin.require(authorization);
    return registrations.all();
  }

  @GET
  @Path("{id}")
  public RegisteredPlatform get(@PathParam("id") long id) {
    admin.require(authorization);
    return registrations
        .byId(id)
        .orElseThrow(() -> ProblemException.notFound("There is no LTI registration " + id + "."));
  }

  @DELETE
  @Path("{id}")
  public Response delete(@PathParam("id") long id) {
    admin.require(authorization);
    registrations.delete(id);
    return Response.noContent().build();
  }

  /** Moves the registration to new addresses; issuer and client_id stay. */
  @PUT
  @Path("{id}/addresses")
  public RegisteredPlatform moveTo(@PathParam("id") long id, Addresses request) {
    admin.require(authorization);
    Addresses body = requireBody(request);
    return registrations.moveTo(
        id, new Endpoints(body.authUrl(), body.tokenUrl(), body.tokenAudience(), body.jwksUrl()));
  }

  /** The addresses of a registration to change. */
  public record Addresses(String authUrl, String tokenUrl, String tokenAudience, String jwksUrl) {}

  /** Adds one deployment; adding a known one again changes nothing. */
  @POST
  @Path("{id}/deployments")
  public RegisteredPlatform addDeployment(@PathParam("id") long id, NewDeployment request) {
    admin.require(authorization);
    return registrations.addDeployment(id, requireBody(request).deploymentId());
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
