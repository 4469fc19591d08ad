package com.firstline.lti.keys;

import com.firstline.audit.Audited;
import com.firstline.lti.admin.AdminAccess;
import com.firstline.platform.web.BodyWithoutSession;
import jakarta.inject.Inject;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * {@code POST /api/admin/lti/keys/rotation}: a new signing key; operator only (the admin token):
 * every platform verifies it.
 */
@BodyWithoutSession
@Path("admin/lti/keys/rotation")
@Produces(MediaType.APPLICATION_JSON)
public class KeyRotationResource {
  @Inject ToolKeys keys;
  @Inject AdminAccess admin;

  /** What a rotation did: the new signing key and every key still published. */
  public record Rotation(String signingKid, List<String> publishedKids) {}

  @POST
  @Audited("keys.rotated")
  public Rotation rotate(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
    admin.requireOperator(authorization, "Rotating the tool's signing key");
    String kid = keys.rotate();
    return new Rotation(kid, keys.publicKeys().getKeys().stream().map(k -> k.getKeyID()).toList());
  }
}
