package com.firstline.lti.admin;

import static com.firstline.tracking.TrackingFlow.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.firstline.lti.LtiFlow;
import com.firstline.testing.Api;
import com.firstline.testing.ServerUnderTest;
import com.firstline.tracking.TrackingFlow;
import com.firstline.tracking.TrackingFlow.Link;
import com.firstline.tracking.TrackingFlow.Session;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The admin API called by an LMS Administrator's session instead of the admin token: they see and
 * change their own registration (addresses, deployments), any other answers 404, and what crosses
 * tenants (registering, deleting, registration links, key rotation) is refused with a reason.
 */
class LmsAdminApiIT {
  private static final String ADMIN_ROLE =
      "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Administrator";
  private static final String REGISTRATIONS = "/api/admin/lti/registrations";

  private static Session adminOf(TrackingFlow lms) {
    return lms.launch(new Link(null, "admin-link", TrackingFlow.MODULE), null, ADMIN_ROLE, null);
  }

  private static long registrationOf(TrackingFlow lms) {
    for (JsonNode each : ServerUnderTest.json(LtiFlow.admin("GET", REGISTRATIONS, null))) {
      if (each.path("issuer").asString().equals(lms.platform.issuer())) {
        return each.path("id").asLong();
      }
    }
    throw new AssertionError("not registered: " + lms.platform.issuer());
  }

  @Test
  void anLmsAdministratorAdministersTheirOwnRegistrationOnly() {
    try (TrackingFlow one = TrackingFlow.start("lms-admin-one");
        TrackingFlow two = TrackingFlow.start("lms-admin-two")) {
      long own = registrationOf(one);
      long other = registrationOf(two);
      Session admin = adminOf(one);

      JsonNode access = expect(200, admin.call("GET", "/api/admin/lti/access", null));
      assertFalse(access.path("operator").asBoolean());
      assertEquals(own, access.path("registrationId").asLong());

      JsonNode listed = expect(200, admin.call("GET", REGISTRATIONS, null));
      assertEquals(1, listed.size(), listed.toString());
      assertEquals(own, listed.get(0).path("id").asLong());

      JsonNode mine = expect(200, admin.call("GET", REGISTRATIONS + "/" + own, null));
      String addresses =
          "{\"authUrl\":\""
              + mine.path("authUrl").asString()
              + "\",\"tokenUrl\":\""
              + mine.path("tokenUrl").asString()
              + "\",\"jwksUrl\":\""
              + mine.path("jwksUrl").asString()
              + "\"}";
      expect(200, admin.call("PUT", REGISTRATIONS + "/" + own + "/addresses", addresses));
      JsonNode deployed =
          expect(
              200,
              admin.call(
                  "POST",
                  REGISTRATIONS + "/" + own + "/deployments",
                  "{\"deploymentId\":\"second-deployment\"}"));
      assertTrue(deployed.path("deploymentIds").toString().contains("second-deployment"));

      expect(404, admin.call("GET", REGISTRATIONS + "/" + other, null));
      expect(404, admin.call("PUT", REGISTRATIONS + "/" + other + "/addresses", addresses));
      expect(
          404,
          admin.call(
              "POST",
              REGISTRATIONS + "/" + other + "/deployments",
              "{\"deploymentId\":\"intruder\"}"));
      JsonNode untouched =
          ServerUnderTest.json(LtiFlow.admin("GET", REGISTRATIONS + "/" + other, null));
      assertFalse(untouched.path("deploymentIds").toString().contains("intruder"));

      Map<String, String[]> operatorOnly =
          Map.of(
              "registering a platform", new String[] {"POST", REGISTRATIONS, addresses},
              "deleting their registration",
                  new String[] {"DELETE", REGISTRATIONS + "/" + own, null},
              "a registration link",
                  new String[] {"POST", "/api/admin/lti/registration-links", null},
              "key rotation", new String[] {"POST", "/api/admin/lti/keys/rotation", null});
      operatorOnly.forEach(
          (what, call) -> {
            JsonNode refused = expect(403, admin.call(call[0], call[1], call[2]));
            assertTrue(
                refused.path("detail").asString().contains("operator"), what + ": " + refused);
          });
      expect(200, admin.call("GET", REGISTRATIONS + "/" + own, null));
    }
  }

  @Test
  void trainersAndLearnersAdministerNothingAndTheTokenIsTheOperator() {
    try (TrackingFlow lms = TrackingFlow.start("lms-admin-roles")) {
      String course = TrackingFlow.newCourse();
      expect(403, lms.instructor(course).call("GET", REGISTRATIONS, null));
      expect(403, lms.learner(course, null).call("GET", "/api/admin/lti/access", null));

      JsonNode operator = ServerUnderTest.json(LtiFlow.admin("GET", "/api/admin/lti/access", null));
      assertTrue(operator.path("operator").asBoolean(), operator.toString());
      assertEquals(
          200,
          LtiFlow.admin("GET", "/api/deliveries?moduleId=" + TrackingFlow.MODULE, null)
              .statusCode(),
          "the operator sees deliveries across platforms");
    }
  }

  /**
   * One rule for every admin endpoint: the development sign-in's admin has no LMS behind it, so it
   * administers neither LTI trust nor people's data nor the audit log.
   */
  @Test
  void theDevelopmentSignInsAdminAdministersNothing() {
    Api signedIn = Api.signIn("dev-admin-" + System.nanoTime(), "ADMIN");
    for (String path :
        new String[] {
          "/api/admin/lti/access", REGISTRATIONS, "/api/admin/people/1/export", "/api/admin/audit"
        }) {
      var answer = signedIn.get(path);
      assertEquals(403, answer.statusCode(), path + ": " + answer.body());
      assertTrue(answer.body().contains("from your LMS"), path + ": " + answer.body());
    }
  }
}
