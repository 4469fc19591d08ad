package com.firstline.lti.devplatform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.firstline.lti.launch.LtiClaims;
import com.firstline.lti.testplatform.IdTokens;
import com.firstline.platform.errors.ProblemException;
import com.firstline.platform.identity.Role;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The development platform answers only proper login requests, and only to our launch URL. */
class AuthRequestTest {
  private static final String LAUNCH = "http://localhost:9080/lti/launch";

  private static Map<String, String> valid() {
    Map<String, String> parameters = new HashMap<>();
    parameters.put("scope", "openid");
    parameters.put("response_type", "id_token");
    parameters.put("response_mode", "form_post");
    parameters.put("prompt", "none");
    parameters.put("client_id", DevPlatform.CLIENT_ID);
    parameters.put("redirect_uri", LAUNCH);
    parameters.put("login_hint", "trainer");
    parameters.put("lti_message_hint", "mistake-at-the-counter");
    parameters.put("state", "state-1");
    parameters.put("nonce", "nonce-1");
    return parameters;
  }

  private static ProblemException refused(Map<String, String> parameters) {
    return assertThrows(ProblemException.class, () -> AuthRequest.from(parameters::get, LAUNCH));
  }

  @Test
  void aProperRequestNamesTheTryOut() {
    AuthRequest request = AuthRequest.from(valid()::get, LAUNCH);
    assertEquals("state-1", request.state());
    assertEquals("nonce-1", request.nonce());
    assertEquals(new TryOut(Role.TRAINER, "mistake-at-the-counter"), request.tryOut());
  }

  @Test
  void theIdTokenIsNeverPostedAnywhereButOurLaunchUrl() {
    Map<String, String> elsewhere = valid();
    elsewhere.put("redirect_uri", "https://evil.example/collect");
    assertEquals("redirect_uri", refused(elsewhere).problem().errors().get(0).field());
  }

  @Test
  void everyMissingOrWrongParameterIsNamed() {
    Map<String, String> broken = valid();
    broken.remove("nonce");
    broken.put("client_id", "someone-else");
    broken.put("response_type", "code");
    assertEquals(3, refused(broken).problem().errors().size());
    Map<String, String> badRole = valid();
    badRole.put("login_hint", "wizard");
    assertEquals("role", refused(badRole).problem().errors().get(0).field());
  }

  @Test
  void theModulePickerIsAskedForOnlyByStaff() {
    Map<String, String> picking = valid();
    picking.put("lti_message_hint", TryOut.PICK_HINT);
    assertTrue(AuthRequest.from(picking::get, LAUNCH).tryOut().picksModules());
    picking.put("login_hint", "manager");
    assertEquals("role", refused(picking).problem().errors().get(0).field());
  }

  @Test
  void theIdTokenIsALaunchOfTheModuleWithTheCourseServices() throws Exception {
    RSAKey key = IdTokens.newKey();
    TryOut manager = new TryOut(Role.MANAGER, "trust-on-the-spot");
    SampleCourse.Person visitor = Visitor.of(Visitor.newCookieValue()).orElseThrow().person();
    SignedJWT jwt =
        SignedJWT.parse(
            DevIdToken.signed(
                key, "http://localhost", "n-1", manager, visitor, LAUNCH, Instant.now()));
    assertTrue(jwt.verify(new RSASSAVerifier(key.toPublicJWK())));
    assertEquals(key.getKeyID(), jwt.getHeader().getKeyID());
    JWTClaimsSet claims = jwt.getJWTClaimsSet();
    assertEquals("http://localhost/dev-platform", claims.getIssuer());
    assertEquals(List.of(DevPlatform.CLIENT_ID), claims.getAudience());
    assertEquals(visitor.subject(), claims.getSubject());
    assertEquals("n-1", claims.getStringClaim("nonce"));
    assertEquals(List.of(SampleCourse.LEARNER), claims.getStringListClaim(LtiClaims.ROLES));
    assertEquals("trust-on-the-spot", claims.getJSONObjectClaim(LtiClaims.CUSTOM).get("module"));
    assertEquals(DevPlatform.DEPLOYMENT_ID, claims.getStringClaim(LtiClaims.DEPLOYMENT_ID));
    assertEquals(
        "http://localhost/api/dev-platform/lineitems",
        claims.getJSONObjectClaim(LtiClaims.AGS_ENDPOINT).get("lineitems"));
    assertEquals(
        "http://localhost/api/dev-platform/memberships",
        claims.getJSONObjectClaim(LtiClaims.NRPS).get("context_memberships_url"));
  }

  @Test
  void theModulePickerIsADeepLinkingRequestReturningToTheCourse() throws Exception {
    RSAKey key = IdTokens.newKey();
    JWTClaimsSet claims =
        SignedJWT.parse(
                DevIdToken.signed(
                    key,
                    "http://localhost",
                    "n-2",
                    TryOut.picking(Role.TRAINER),
                    SampleCourse.TRAINER,
                    LAUNCH,
                    Instant.now()))
            .getJWTClaimsSet();
    assertEquals(LtiClaims.DEEP_LINKING_REQUEST, claims.getStringClaim(LtiClaims.MESSAGE_TYPE));
    assertEquals(
        "http://localhost/dev-platform/deep-linking/return",
        claims.getJSONObjectClaim(LtiClaims.DEEP_LINKING_SETTINGS).get("deep_link_return_url"));
    assertEquals(null, claims.getClaim(LtiClaims.RESOURCE_LINK));
  }
}
