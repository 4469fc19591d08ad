package com.firstline.bench;

import com.firstline.lti.testplatform.IdTokens;
import com.firstline.lti.testplatform.PlatformServices;
import com.firstline.lti.testplatform.TestPlatform;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One LMS the harness plays: its own keys and JWKS (a {@link TestPlatform}), its AGS and NRPS
 * services with a token endpoint trusting the tool's JWKS (a {@link PlatformServices}), some
 * courses each with a line item made in advance and a roster, and signed id_tokens for launches of
 * its people into them.
 */
final class Lms implements AutoCloseable {
  static final String CLIENT = "bench-client";
  static final String DEPLOYMENT = "bench-deployment";
  private static final String AGS = "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint";
  private static final String NRPS =
      "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice";

  final TestPlatform platform;
  final PlatformServices services;
  final List<String> courses = new ArrayList<>();
  private final Map<String, String> lineItems = new LinkedHashMap<>();
  private final String launchUrl;
  private final String module;

  /** An LMS named {@code name} with these courses of {@code people} learners each. */
  Lms(String name, String toolBase, String module, int courseCount, int people) {
    this.platform = TestPlatform.start(name);
    this.services = PlatformServices.start(toolBase + "/lti/jwks", CLIENT);
    this.launchUrl = toolBase + "/lti/launch";
    this.module = module;
    for (int c = 0; c < courseCount; c++) {
      String course = name + "-course-" + c;
      courses.add(course);
      lineItems.put(course, services.createLineItem(course, "link-1", "Scenario", 100));
      List<Map<String, Object>> members = new ArrayList<>();
      for (int p = 0; p < people; p++) {
        members.add(
            Map.of(
                "user_id",
                learner(course, p),
                "name",
                "Manager " + p,
                "status",
                "Active",
                "roles",
                List.of(IdTokens.LEARNER)));
      }
      services.setMembers(course, members);
      services.pageSize(100);
    }
  }

  static String learner(String course, int person) {
    return course + "-learner-" + person;
  }

  /** The admin API's registration body for this LMS. */
  String registration() {
    return String.format(
        "{\"issuer\":\"%s\",\"clientId\":\"%s\",\"authUrl\":\"%s\",\"tokenUrl\":\"%s\","
            + "\"jwksUrl\":\"%s\",\"deploymentIds\":[\"%s\"]}",
        platform.issuer(),
        CLIENT,
        platform.authUrl(),
        services.tokenUrl(),
        platform.jwksUrl(),
        DEPLOYMENT);
  }

  /** A learner's signed id_token for the login that sent this nonce, with AGS and NRPS claims. */
  String learnerToken(String course, String subject, String nonce) {
    return token(course, subject, nonce, IdTokens.LEARNER);
  }

  String instructorToken(String course, String subject, String nonce) {
    return token(course, subject, nonce, IdTokens.INSTRUCTOR);
  }

  private String token(String course, String subject, String nonce, String role) {
    Map<String, Object> ags = new LinkedHashMap<>();
    ags.put(
        "scope",
        List.of(
            "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
            "https://purl.imsglobal.org/spec/lti-ags/scope/score"));
    ags.put("lineitems", services.lineItemsUrl(course));
    ags.put("lineitem", lineItems.get(course));
    return platform
        .idToken(CLIENT, DEPLOYMENT, nonce)
        .with("sub", subject)
        .withRoles(role)
        .withLti("target_link_uri", launchUrl)
        .withLti("resource_link", Map.of("id", "link-1", "title", "Scenario"))
        .withLti("context", Map.of("id", course, "title", "Course " + course))
        .withLti("custom", Map.of("module", module))
        .with(AGS, ags)
        .with(
            NRPS,
            Map.of(
                "context_memberships_url",
                services.membershipsUrl(course),
                "service_versions",
                List.of("2.0")))
        .serialize();
  }

  /** Score posts this LMS received, over all its courses. */
  int scoresReceived() {
    return courses.stream().mapToInt(c -> services.scores(c).size()).sum();
  }

  @Override
  public void close() {
    services.close();
    platform.close();
  }
}
