package com.firstline.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.firstline.lti.LtiFlow;
import com.firstline.lti.testplatform.IdTokens;
import com.firstline.lti.testplatform.PlatformServices;
import com.firstline.lti.testplatform.TestPlatform;
import com.firstline.testing.ServerUnderTest;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import tools.jackson.databind.JsonNode;

/**
 * A test LMS with services, registered with the running server, and what its people do: launch (as
 * learners or instructors, in a course of the test's own), play a module to its end, call the
 * trainer API. Waiting is polling with a generous deadline, never a fixed sleep.
 */
public final class TrackingFlow implements AutoCloseable {
  public static final String CLIENT = "firstline-grades";
  public static final String DEPLOYMENT = "deployment-grades";
  public static final String MODULE = IdTokens.DEFAULT_MODULE;
  private static final String AGS = "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint";
  private static final String NRPS =
      "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice";

  public final TestPlatform platform;
  public final PlatformServices services;

  private TrackingFlow(String name) {
    platform = TestPlatform.start(name);
    services = PlatformServices.start(ServerUnderTest.baseUrl() + "/lti/jwks", CLIENT);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("issuer", platform.issuer());
    body.put("clientId", CLIENT);
    body.put("authUrl", platform.authUrl());
    body.put("tokenUrl", services.tokenUrl());
    body.put("jwksUrl", platform.jwksUrl());
    body.put("deploymentIds", List.of(DEPLOYMENT));
    HttpResponse<String> created = LtiFlow.admin("POST", "/api/admin/lti/registrations", body);
    assertEquals(201, created.statusCode(), created.body());
  }

  public static TrackingFlow start(String name) {
    return new TrackingFlow(name);
  }

  /** A fresh course id, so tests never see each other's line items, scores or rosters. */
  public static String newCourse() {
    return "course-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** An active learner as an NRPS roster lists them. */
  public static Map<String, Object> learnerMember(String userId, String name) {
    Map<String, Object> member = new LinkedHashMap<>();
    member.put("user_id", userId);
    member.put("name", name);
    member.put("status", "Active");
    member.put("roles", List.of(IdTokens.LEARNER));
    return member;
  }

  /** Someone launched in: their session token and LTI subject. */
  public record Session(String token, String subject) {
    public HttpResponse<String> call(String method, String path, String json) {
      return ServerUnderTest.send(
          HttpRequest.newBuilder(ServerUnderTest.uri(path))
              .header("Authorization", "Bearer " + token)
              .header("Content-Type", "application/json")
              .method(
                  method,
                  json == null
                      ? HttpRequest.BodyPublishers.noBody()
                      : HttpRequest.BodyPublishers.ofString(json))
              .build());
    }
  }

  /** A learner launch with AGS: with this line item, or only the course's container if null. */
  public Session learner(String course, String lineItem) {
    Map<String, Object> ags = new LinkedHashMap<>();
    ags.put(
        "scope",
        List.of(
            "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
            "https://purl.imsglobal.org/spec/lti-ags/scope/score"));
    ags.put("lineitems", services.lineItemsUrl(course));
    if (lineItem != null) {
      ags.put("lineitem", lineItem);
    }
    return launch(course, ags, IdTokens.LEARNER, null);
  }

  /** A learner launch with this subject (as the roster lists them) and a line item. */
  public Session learnerWithSubject(String course, String lineItem, String subject) {
    Map<String, Object> ags =
        Map.of(
            "scope",
            List.of("https://purl.imsglobal.org/spec/lti-ags/scope/score"),
            "lineitem",
            lineItem);
    return launch(course, ags, IdTokens.LEARNER, subject);
  }

  public Session instructor(String course) {
    return launch(course, null, IdTokens.INSTRUCTOR, null);
  }

  private Session launch(String course, Map<String, Object> ags, String role, String subject) {
    return launch(new Link(course, "link-1", MODULE), ags, role, subject);
  }

  /**
   * A resource link in a course: which module it opens. {@code course} null is a launch from no
   * course (an LMS admin's launch from its site administration, say).
   */
  public record Link(String course, String linkId, String module) {}

  /** AGS claims for a launch of a learner: the score scope, this line item and the container. */
  public Map<String, Object> ags(String course, String lineItem) {
    Map<String, Object> ags = new LinkedHashMap<>();
    ags.put(
        "scope",
        List.of(
            "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
            "https://purl.imsglobal.org/spec/lti-ags/scope/score"));
    ags.put("lineitems", services.lineItemsUrl(course));
    if (lineItem != null) {
      ags.put("lineitem", lineItem);
    }
    return ags;
  }

  /** Any launch: a link, its AGS claims (or none), the LTI role and the subject (or a new one). */
  public Session launch(Link link, Map<String, Object> ags, String role, String subject) {
    return launch(link, ags, role, subject, null);
  }

  /** The same, from a link whose custom parameter {@code mode} is {@code mode} (null: none). */
  public Session launch(
      Link link, Map<String, Object> ags, String role, String subject, String mode) {
    LtiFlow.Login login = LtiFlow.login(platform, CLIENT);
    IdTokens token =
        platform
            .idToken(CLIENT, DEPLOYMENT, login.nonce())
            .withRoles(role)
            .withLti("resource_link", Map.of("id", link.linkId(), "title", "Link " + link.linkId()))
            .withLti(
                "custom",
                mode == null
                    ? Map.of("module", link.module())
                    : Map.of("module", link.module(), "mode", mode));
    String course = link.course();
    token =
        course == null
            ? token.withoutLti("context")
            : token.withLti("context", Map.of("id", course, "title", "Course " + course));
    token =
        token.with(
            NRPS,
            Map.of(
                "context_memberships_url",
                services.membershipsUrl(course),
                "service_versions",
                List.of("2.0")));
    token = ags == null ? token.without(AGS) : token.with(AGS, ags);
    if (subject != null) {
      token = token.with("sub", subject);
    }
    HttpResponse<String> launched = LtiFlow.launch(token.serialize(), login.state());
    assertEquals(302, launched.statusCode(), launched.body());
    String location = launched.headers().firstValue("Location").orElseThrow();
    return new Session(location.substring(location.indexOf("#session=") + 9), token.subject());
  }

  /** Plays the module to an ending, always taking the first choice; answers the final attempt. */
  public static JsonNode playToTheEnd(Session session) {
    JsonNode attempt =
        expect(200, session.call("POST", "/api/attempts", "{\"moduleId\":\"" + MODULE + "\"}"));
    long id = attempt.path("id").asLong();
    for (int step = 0; attempt.path("status").asString().equals("IN_PROGRESS"); step++) {
      assertTrue(step < 60, "the module should end");
      String choice = attempt.path("scene").path("choices").get(0).path("id").asString();
      attempt =
          expect(
              200,
              session.call(
                  "POST",
                  "/api/attempts/" + id + "/choices",
                  "{\"step\":" + step + ",\"choiceId\":\"" + choice + "\"}"));
    }
    return attempt;
  }

  public static JsonNode expect(int status, HttpResponse<String> response) {
    assertEquals(status, response.statusCode(), response.body());
    return ServerUnderTest.json(response);
  }

  /** Polls until the condition holds; fails after a deadline generous enough for slow machines. */
  public static void await(String what, BooleanSupplier condition) {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("Waited 60 s for: " + what);
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  @Override
  public void close() {
    services.close();
    platform.close();
  }
}
