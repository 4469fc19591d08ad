package com.firstline.lti.dynamicregistration;

import com.firstline.audit.Audited;
import com.firstline.lti.admin.AdminAccess;
import com.firstline.lti.oidc.ToolUrl;
import com.firstline.platform.web.BodyWithoutSession;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * {@code POST /api/admin/lti/registration-links} (operator only: the admin token): a new one-time
 * registration link to paste into an LMS's dynamic registration screen. The code in it is shown
 * this once.
 */
@BodyWithoutSession
@Path("admin/lti/registration-links")
@Produces(MediaType.APPLICATION_JSON)
public class RegistrationLinkResource {
  @Inject RegistrationCodes codes;
  @Inject AdminAccess admin;
  @Inject ToolUrl toolUrl;

  @HeaderParam(HttpHeaders.AUTHORIZATION)
  String authorization;

  @Context HttpServletRequest request;

  /** A link and when it stops working. */
  public record RegistrationLink(String url, Instant expiresAt) {}

  @POST
  @Audited("registration-link.created")
  public Response create() {
    admin.requireOperator(authorization, "Making a registration link");
    RegistrationCodes.NewCode code = codes.create();
    String url =
        toolUrl.base(request)
            + "/lti/register?code="
            + URLEncoder.encode(code.code(), StandardCharsets.UTF_8);
    return Response.status(Response.Status.CREATED)
        .header("Cache-Control", "no-store")
        .entity(new RegistrationLink(url, code.expiresAt()))
        .build();
  }
}
