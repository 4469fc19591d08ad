package com.firstline.privacy;

import com.firstline.audit.Admin;
import com.firstline.lti.admin.AdminAccess;
import com.firstline.platform.errors.Problem;
import com.firstline.platform.errors.ProblemException;
import com.firstline.platform.identity.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * An admin exports or erases one person's data, found by Firstline's id or by the LMS's issuer and
 * subject: the admin token for anyone, an LMS Administrator for people of their own registration
 * (anyone else is not found). Answers are never cached.
 */
@Path("admin/people")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PeopleDataResource {
  private static final int MAX_KEY = 255;

  @Inject AdminAccess access;
  @Inject CurrentCaller current;
  @Inject PeopleData data;

  @HeaderParam(HttpHeaders.AUTHORIZATION)
  String authorization;

  @GET
  @Path("export")
  @Operation(summary = "Everything held about the person with this LMS issuer and subject")
  public Response exportByKey(
      @QueryParam("issuer") String issuer, @QueryParam("subject") String subject) {
    Admin admin = admin();
    return exported(data.export(admin, byKey(issuer, subject)));
  }

  @GET
  @Path("{id}/export")
  @Operation(summary = "Everything held about the person with this id")
  public Response exportById(@PathParam("id") long id) {
    Admin admin = admin();
    return exported(data.export(admin, new PeopleData.Lookup(id, null, null)));
  }

  @DELETE
  @Operation(summary = "Erase the person with this LMS issuer and subject")
  public Response eraseByKey(
      @QueryParam("issuer") String issuer, @QueryParam("subject") String subject) {
    Admin admin = admin();
    return erased(data.erase(admin, byKey(issuer, subject)));
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "Erase the person with this id")
  public Response eraseById(@PathParam("id") long id) {
    Admin admin = admin();
    return erased(data.erase(admin, new PeopleData.Lookup(id, null, null)));
  }

  private Admin admin() {
    return Admin.of(access.require(authorization), current.get());
  }

  private static PeopleData.Lookup byKey(String issuer, String subject) {
    List<Problem.InputError> errors = new ArrayList<>();
    if (issuer == null || issuer.isEmpty() || issuer.length() > MAX_KEY) {
      errors.add(Problem.InputError.field("issuer", "is required (at most 255 characters)"));
    }
    if (subject == null || subject.isEmpty() || subject.length() > MAX_KEY) {
      errors.add(Problem.InputError.field("subject", "is required (at most 255 characters)"));
    }
    if (!errors.isEmpty()) {
      throw ProblemException.badRequest(
          "Name the person by their LMS: ?issuer=...&subject=... (or use their id).", errors);
    }
    return new PeopleData.Lookup(null, issuer, subject);
  }

  private static Response exported(Map<String, Object> export) {
    Object person = ((Map<?, ?>) export.get("person")).get("id");
    return Response.ok(export)
        .header("Cache-Control", "no-store")
        .header("Content-Disposition", "attachment; filename=\"person-" + person + ".json\"")
        .build();
  }

  private static Response erased(PeopleData.Erased erased) {
    return Response.ok(erased).header("Cache-Control", "no-store").build();
  }
}
