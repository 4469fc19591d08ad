package com.firstline.lti.devplatform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.firstline.lti.keys.Rs256;
import com.firstline.lti.testplatform.IdTokens;
import com.firstline.testing.ServerUnderTest;
import com.nimbusds.jwt.JWTClaimsSet;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import org.junit.jupiter.api.Test;

/**
 * The development LMS's services trust only Firstline: no access token, no roster or gradebook; a
 * client assertion or deep-linking answer signed by any other key is refused. Its course page data
 * lists the sample course's people.
 */
class DevServicesIT {

  private static HttpResponse<String> postForm(String path, String form) {
    return ServerUnderTest.send(
        HttpRequest.newBuilder(ServerUnderTest.uri(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build());
  }

  private static String encoded(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static String signedByAStranger(String audience) {
    return Rs256.sign(
        new JWTClaimsSet.Builder()
            .issuer(DevPlatform.CLIENT_ID)
            .subject(DevPlatform.CLIENT_ID)
            .audience(audience)
            .expirationTime(Date.from(Instant.now().plusSeconds(60)))
            .claim(
                "https://purl.imsglobal.org/spec/lti/claim/message_type", "LtiDeepLinkingResponse")
            .build(),
        IdTokens.newKey());
  }

  @Test
  void theRosterAndGradebookNeedAnAccessToken() {
    assertEquals(401, ServerUnderTest.get("/api/dev-platform/memberships").statusCode());
    assertEquals(401, ServerUnderTest.get("/api/dev-platform/lineitems").statusCode());
    HttpResponse<String> forged =
        ServerUnderTest.send(
            HttpRequest.newBuilder(ServerUnderTest.uri("/api/dev-platform/memberships"))
                .header("Authorization", "Bearer " + signedByAStranger("anyone"))
                .GET()
                .build());
    assertEquals(401, forged.statusCode(), forged.body());
  }

  @Test
  void theTokenEndpointRefusesAnyoneButTheTool() {
    String tokenUrl = ServerUnderTest.baseUrl() + "/api/dev-platform/token";
    HttpResponse<String> stranger =
        postForm(
            "/api/dev-platform/token",
            "grant_type=client_credentials"
                + "&client_assertion_type="
                + encoded("urn:ietf:params:oauth:client-assertion-type:jwt-bearer")
                + "&client_assertion="
                + signedByAStranger(tokenUrl)
                + "&scope="
                + encoded("https://purl.imsglobal.org/spec/lti-ags/scope/score"));
    assertEquals(401, stranger.statusCode(), stranger.body());
    assertEquals("invalid_client", ServerUnderTest.json(stranger).path("error").asString());
    HttpResponse<String> wrongGrant = postForm("/api/dev-platform/token", "grant_type=password");
    assertEquals(400, wrongGrant.statusCode(), wrongGrant.body());
    assertEquals(
        "unsupported_grant_type", ServerUnderTest.json(wrongGrant).path("error").asString());
  }

  @Test
  void aDeepLinkingAnswerNotSignedByFirstlineAddsNothing() {
    HttpResponse<String> forged =
        postForm(
            "/dev-platform/deep-linking/return",
            "JWT=" + signedByAStranger(ServerUnderTest.baseUrl() + "/dev-platform"));
    assertEquals(400, forged.statusCode(), forged.body());
  }

  @Test
  void theCoursePageListsTheSampleCoursesPeople() {
    HttpResponse<String> course = ServerUnderTest.get("/api/dev-platform/course");
    assertEquals(200, course.statusCode(), course.body());
    assertTrue(course.body().contains("Priya Shah"), course.body());
    assertTrue(course.body().contains("\"role\":\"Instructor\""), course.body());
  }
}
