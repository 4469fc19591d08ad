package com.firstline.lti.keys;

import com.firstline.lti.admin.AdminCredential;
import jakarta.inject.Inject;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** {@code POST /api/admin/lti/keys/rotation}: a new signing key; needs the LTI admin token. */
@Path("admin/lti/keys/rotation")
@Produces(MediaType.APPLICATION_JSON)
public class KeyRotationResource {
  @Inject ToolKeys keys;
  @Inject AdminCredential admin;

  /** What a rotation did: the new signing key and every key still published. */
  public record Rotation(String signingKid, List<String> publishedKids) {}

  @POST
  public Rotation rotate(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
    admin.require(authorization);
    String kid = keys.rotate();
    return new Rotation(kid, keys.publicKeys().getKeys().stream().map(k -> k.getKeyID()).toList());
  }
}
