package com.firstline.platform.security;

import static com.firstline.platform.security.RoleMatrixIT.Who.ANONYMOUS;
import static com.firstline.platform.security.RoleMatrixIT.Who.LTI_ADMIN;
import static com.firstline.platform.security.RoleMatrixIT.Who.MANAGER;
import static com.firstline.platform.security.RoleMatrixIT.Who.OTHER_COURSE_TRAINER;
import static com.firstline.platform.security.RoleMatrixIT.Who.OTHER_LMS_ADMIN;
import static com.firstline.platform.security.RoleMatrixIT.Who.TOKEN_ADMIN;
import static com.firstline.platform.security.RoleMatrixIT.Who.TRAINER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.firstline.lti.LtiFlow;
import com.firstline.lti.testplatform.TestPlatform;
import com.firstline.testing.ServerUnderTest;
import com.firstline.testing.TestDatabase;
import com.firstline.tracking.TrackingFlow;
import com.firstline.tracking.TrackingFlow.Link;
import com.firstline.tracking.TrackingFlow.Session;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Every REST endpoint the server publishes in its own {@code /openapi} document, called as each
 * kind of caller; only the intended ones get through. The expectations are the table {@link
 * #EXPECTATIONS}: an endpoint missing from it fails the test by name, so a new endpoint needs a
 * decision about who may call it.
 *
 * <p>"Gets through" means the endpoint's role check passed: any answer but 401 and 403 (a 400 for a
 * deliberately empty body is fine: the checks run before the body is read). For endpoints whose
 * target belongs to a course or an LMS tenant ({@code scoped}), a refusal may also be 404 (out of
 * scope looks like absent) and an allowed call must not be 404. Every page is public (pages are
 * shells; their data comes from the API) and must answer 200.
 */
class RoleMatrixIT {
  /** The callers. Other LMS: an Administrator of another registration, the strongest outsider. */
  enum Who {
    ANONYMOUS,
    MANAGER,
    TRAINER,
    OTHER_COURSE_TRAINER,
    LTI_ADMIN,
    OTHER_LMS_ADMIN,
    TOKEN_ADMIN
  }

  private static final Set<Who> EVERYONE = EnumSet.allOf(Who.class);
  private static final Set<Who> NOBODY = EnumSet.noneOf(Who.class);
  private static final Set<Who> SESSIONS =
      EnumSet.of(MANAGER, TRAINER, OTHER_COURSE_TRAINER, LTI_ADMIN, OTHER_LMS_ADMIN);
  private static final Set<Who> TRAINERS =
      EnumSet.of(TRAINER, OTHER_COURSE_TRAINER, LTI_ADMIN, OTHER_LMS_ADMIN);
  private static final Set<Who> TRAINERS_AND_TOKEN =
      EnumSet.of(TRAINER, OTHER_COURSE_TRAINER, LTI_ADMIN, OTHER_LMS_ADMIN, TOKEN_ADMIN);
  private static final Set<Who> COURSE_TRAINERS = EnumSet.of(TRAINER, OTHER_COURSE_TRAINER);

  /** Engagement data is the organisation's, not one LMS tenant's: any LMS Administrator. */
  private static final Set<Who> LMS_ADMINS = EnumSet.of(LTI_ADMIN, OTHER_LMS_ADMIN);

  private static final Set<Who> TOKEN = EnumSet.of(TOKEN_ADMIN);
  private static final Set<Who> ADMINS = EnumSet.of(TOKEN_ADMIN, LTI_ADMIN, OTHER_LMS_ADMIN);
  private static final Set<Who> TENANT_ADMINS = EnumSet.of(TOKEN_ADMIN, LTI_ADMIN);

  private static final String JSON = "application/json";
  private static final String MODULE = TrackingFlow.MODULE;

  /** One operation of the OpenAPI document, who may call it, and how the test calls it. */
  record Row(
      String operation,
      Set<Who> allowed,
      boolean scoped,
      Function<Fixture, String> path,
      String body,
      String contentType) {
    Row body(String json) {
      return new Row(operation, allowed, scoped, path, json, contentType);
    }

    Row as(String type, String text) {
      return new Row(operation, allowed, scoped, path, text, type);
    }

    Row at(Function<Fixture, String> concrete) {
      return new Row(operation, allowed, scoped, concrete, body, contentType);
    }

    /** Out of the caller's course or tenant, the target is "not found". */
    Row inScope() {
      return new Row(operation, allowed, true, path, body, contentType);
    }

    String method() {
      return operation.substring(0, operation.indexOf(' '));
    }
  }

  static Row row(String operation, Set<Who> allowed) {
    String template = operation.substring(operation.indexOf(' ') + 1);
    return new Row(operation, allowed, false, f -> template, null, JSON);
  }

  /** Who may call what. Keep it in the order of the README's sections. */
  static final List<Row> EXPECTATIONS =
      List.of(
          // The catalogue, translations, the content check: public.
          row("GET /api/modules", EVERYONE),
          row("GET /api/modules/{id}", EVERYONE).at(f -> "/api/modules/" + MODULE),
          row("GET /api/i18n/{bundle}", EVERYONE).at(f -> "/api/i18n/player"),
          row("POST /api/content/validate", EVERYONE).as("text/yaml", "id: x\n"),
          // The player: any session may start; an attempt is its owner's only.
          row("POST /api/attempts", SESSIONS).body("{\"moduleId\":\"" + MODULE + "\"}"),
          row("GET /api/attempts/{id}", EnumSet.of(MANAGER))
              .at(f -> "/api/attempts/" + f.attemptId),
          row("POST /api/attempts/{id}/choices", EnumSet.of(MANAGER))
              .at(f -> "/api/attempts/" + f.attemptId + "/choices")
              .body("{\"step\":0,\"choiceId\":\"none\"}"),
          row("POST /api/attempts/{id}/back", EnumSet.of(MANAGER))
              .at(f -> "/api/attempts/" + f.attemptId + "/back")
              .body("{\"step\":0}"),
          row("PUT /api/attempts/{id}/action-plan", EnumSet.of(MANAGER))
              .at(f -> "/api/attempts/" + f.attemptId + "/action-plan")
              .body("{\"text\":\"An action plan from the role matrix.\"}"),
          row("PUT /api/attempts/{id}/reflection", EnumSet.of(MANAGER))
              .at(f -> "/api/attempts/" + f.attemptId + "/reflection")
              .body("{\"text\":\"A reflection from the role matrix.\"}"),
          // Trainers: the board of their course; deliveries of their course (LMS admins: tenant).
          row("GET /api/board", COURSE_TRAINERS).at(f -> "/api/board?moduleId=" + MODULE),
          row("POST /api/board/roster/refresh", COURSE_TRAINERS)
              .at(f -> "/api/board/roster/refresh?moduleId=" + MODULE),
          row("GET /api/deliveries", TRAINERS_AND_TOKEN)
              .at(f -> "/api/deliveries?moduleId=" + MODULE),
          row("POST /api/deliveries/{id}/retry", EnumSet.of(TRAINER, LTI_ADMIN, TOKEN_ADMIN))
              .inScope()
              .at(f -> "/api/deliveries/" + f.deliveryId + "/retry"),
          // Authoring: any trainer or admin of any LMS (modules are Firstline's, not a course's).
          row("GET /api/authoring/modules", TRAINERS),
          row("POST /api/authoring/modules", TRAINERS).body("{}"),
          row("GET /api/authoring/modules/{id}/draft", TRAINERS).at(authoring("draft")),
          row("PUT /api/authoring/modules/{id}/draft", TRAINERS).at(authoring("draft")).body("{}"),
          row("POST /api/authoring/modules/{id}/check", TRAINERS).at(authoring("check")).body("{}"),
          row("POST /api/authoring/modules/{id}/publish", TRAINERS).at(authoring("publish")),
          row("GET /api/authoring/modules/{id}/versions", TRAINERS).at(authoring("versions")),
          row("GET /api/authoring/modules/{id}/diff", TRAINERS).at(authoring("diff")),
          row("GET /api/authoring/modules/{id}/export", TRAINERS).at(authoring("export")),
          row("POST /api/authoring/modules/{id}/import", TRAINERS)
              .at(authoring("import"))
              .as("text/yaml", "id: x\n"),
          row("POST /api/authoring/modules/{id}/preview", TRAINERS)
              .at(authoring("preview"))
              .body("{}"),
          row("POST /api/authoring/render", TRAINERS).body("{\"markdown\":\"*hello*\"}"),
          row("GET /api/authoring/modules/{id}/learners", TRAINERS).at(authoring("learners")),
          row("GET /api/authoring/modules/{id}/learners.csv", TRAINERS)
              .at(authoring("learners.csv")),
          // Engagement: admins (and HR analysts, not in this matrix); managers' own view is off.
          row("GET /api/engagement/surveys", LMS_ADMINS),
          row("POST /api/engagement/imports", LMS_ADMINS)
              .at(f -> "/api/engagement/imports?kind=none")
              .as("text/csv", "a,b\n"),
          row("GET /api/engagement/imports", LMS_ADMINS),
          row("GET /api/engagement/imports/{id}", LMS_ADMINS).at(f -> "/api/engagement/imports/0"),
          row("GET /api/engagement/program", LMS_ADMINS),
          row("GET /api/engagement/program.csv", LMS_ADMINS),
          row("GET /api/engagement/managers/{key}", LMS_ADMINS)
              .at(f -> "/api/engagement/managers/id:nobody"),
          row("GET /api/engagement/me", NOBODY),
          row("GET /api/engagement/me/available", SESSIONS),
          row("GET /api/engagement/settings", LMS_ADMINS),
          row("PUT /api/engagement/settings", LMS_ADMINS).body("{}"),
          row("POST /api/engagement/org", LMS_ADMINS).body("{}"),
          row("GET /api/engagement/modules", LMS_ADMINS),
          row("GET /api/engagement/modules.csv", LMS_ADMINS),
          row("GET /api/engagement/team-waves", LMS_ADMINS),
          row("GET /api/engagement/team-waves.csv", LMS_ADMINS),
          row("GET /api/engagement/reconciliation", LMS_ADMINS),
          row("POST /api/engagement/links", LMS_ADMINS).body("{}"),
          row("DELETE /api/engagement/links/{key}", LMS_ADMINS)
              .at(f -> "/api/engagement/links/id:nobody"),
          row("GET /api/engagement/access-log", LMS_ADMINS),
          row("GET /api/engagement/sample", LMS_ADMINS),
          row("POST /api/engagement/sample", LMS_ADMINS),
          row("DELETE /api/engagement/sample", LMS_ADMINS),
          // LTI administration: the token (the operator) for everything; an LMS admin lists and
          // changes their own registration only; operations that cross tenants are the token's.
          row("GET /api/admin/lti/access", ADMINS),
          row("GET /api/admin/lti/registrations", ADMINS),
          row("POST /api/admin/lti/registrations", TOKEN).body("{}"),
          row("GET /api/admin/lti/registrations/{id}", TENANT_ADMINS)
              .inScope()
              .at(registration("")),
          row("DELETE /api/admin/lti/registrations/{id}", TOKEN)
              .at(f -> "/api/admin/lti/registrations/" + f.throwawayRegistration),
          row("PUT /api/admin/lti/registrations/{id}/addresses", TENANT_ADMINS)
              .inScope()
              .at(registration("/addresses"))
              .body("{}"),
          row("POST /api/admin/lti/registrations/{id}/deployments", TENANT_ADMINS)
              .inScope()
              .at(registration("/deployments"))
              .body("{}"),
          row("POST /api/admin/lti/registration-links", TOKEN),
          row("POST /api/admin/lti/keys/rotation", TOKEN),
          // People's data and the audit log: the token, and LMS admins within their registration.
          row("GET /api/admin/people/export", TENANT_ADMINS).inScope().at(Fixture::byKey),
          row("GET /api/admin/people/{id}/export", TENANT_ADMINS)
              .inScope()
              .at(f -> "/api/admin/people/" + f.managerPersonId + "/export"),
          row("DELETE /api/admin/people", TENANT_ADMINS).inScope().at(Fixture::freshByKey),
          row("DELETE /api/admin/people/{id}", TENANT_ADMINS)
              .inScope()
              .at(f -> "/api/admin/people/" + f.freshPersonId()),
          row("GET /api/admin/audit", ADMINS),
          // The development LMS (on in the test server only): its course page is public, its
          // token endpoint authenticates by the client assertion in the body, its services need
          // one of its own access tokens, which none of these callers has.
          row("POST /api/dev/sign-in", EVERYONE).body("{}"),
          row("GET /api/dev-platform/course", EVERYONE),
          row("POST /api/dev-platform/token", EVERYONE).as("application/x-www-form-urlencoded", ""),
          row("GET /api/dev-platform/lineitems", NOBODY),
          row("POST /api/dev-platform/lineitems", NOBODY).body("{}"),
          row("GET /api/dev-platform/lineitems/{id}", NOBODY)
              .at(f -> "/api/dev-platform/lineitems/1"),
          row("POST /api/dev-platform/lineitems/{id}/scores", NOBODY)
              .at(f -> "/api/dev-platform/lineitems/1/scores")
              .body("{}"),
          row("GET /api/dev-platform/memberships", NOBODY));

  private static Function<Fixture, String> authoring(String tail) {
    return f -> "/api/authoring/modules/" + MODULE + "/" + tail;
  }

  private static Function<Fixture, String> registration(String tail) {
    return f -> "/api/admin/lti/registrations/" + f.registrationId + tail;
  }

  /** The people and records the calls are about. */
  static final class Fixture {
    final TrackingFlow one;
    final String course;
    final String lineItem;
    final Map<Who, String> tokens = new EnumMap<>(Who.class);
    long attemptId;
    long deliveryId;
    long managerPersonId;
    String managerSubject;
    long registrationId;
    long throwawayRegistration;

    Fixture(TrackingFlow one, TrackingFlow two) {
      this.one = one;
      course = TrackingFlow.newCourse();
      lineItem = one.services.createLineItem(course, "link-1", "Lesson", 100);
      Session manager = one.learner(course, lineItem);
      managerSubject = manager.subject();
      attemptId = TrackingFlow.playToTheEnd(manager).path("id").asLong();
      managerPersonId = personId(manager.subject());
      tokens.put(MANAGER, manager.token());
      tokens.put(TRAINER, one.instructor(course).token());
      tokens.put(OTHER_COURSE_TRAINER, one.instructor(TrackingFlow.newCourse()).token());
      tokens.put(LTI_ADMIN, adminWithoutCourse(one).token());
      tokens.put(OTHER_LMS_ADMIN, adminWithoutCourse(two).token());
      tokens.put(TOKEN_ADMIN, LtiFlow.ADMIN_TOKEN);
      TrackingFlow.await(
          "the manager's score delivered",
          () ->
              TestDatabase.count(
                      "SELECT COUNT(*) FROM tracking_delivery WHERE attempt_id = ?"
                          + " AND status = 'DELIVERED'",
                      attemptId)
                  == 1);
      deliveryId =
          TestDatabase.count("SELECT id FROM tracking_delivery WHERE attempt_id = ?", attemptId);
      registrationId =
          TestDatabase.count(
              "SELECT id FROM lti_registration WHERE issuer = ?", one.platform.issuer());
      try (TestPlatform spare = TestPlatform.start("matrix-throwaway")) {
        throwawayRegistration = LtiFlow.register(spare, "matrix-throwaway", "deployment-1");
      }
    }

    String byKey() {
      return "/api/admin/people/export" + key(managerSubject);
    }

    String freshByKey() {
      return "/api/admin/people" + key(one.learner(course, lineItem).subject());
    }

    long freshPersonId() {
      return personId(one.learner(course, lineItem).subject());
    }

    private String key(String subject) {
      return "?issuer="
          + URLEncoder.encode(one.platform.issuer(), StandardCharsets.UTF_8)
          + "&subject="
          + URLEncoder.encode(subject, StandardCharsets.UTF_8);
    }

    private long personId(String subject) {
      return TestDatabase.count(
          "SELECT id FROM person WHERE issuer = ? AND subject = ?", one.platform.issuer(), subject);
    }

    private static Session adminWithoutCourse(TrackingFlow lms) {
      return lms.launch(
          new Link(null, "admin-link", MODULE),
          null,
          "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Administrator",
          null);
    }
  }

  @Test
  void everyPublishedEndpointHasAnExpectationAndEveryExpectationAnEndpoint() {
    Set<String> published = publishedOperations();
    Set<String> expected =
        EXPECTATIONS.stream().map(Row::operation).collect(Collectors.toCollection(TreeSet::new));
    List<String> problems = new ArrayList<>();
    for (String operation : published) {
      if (!expected.contains(operation)) {
        problems.add(
            operation
                + " is published in /openapi but has no row in RoleMatrixIT.EXPECTATIONS:"
                + " add one saying who may call it");
      }
    }
    for (String operation : expected) {
      if (!published.contains(operation)) {
        problems.add(operation + " is in RoleMatrixIT.EXPECTATIONS but not in /openapi");
      }
    }
    assertEquals(
        EXPECTATIONS.size(), expected.size(), "each operation has one row in EXPECTATIONS");
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  @Test
  void onlyTheIntendedCallersGetThroughEachEndpoint() {
    try (TrackingFlow one = TrackingFlow.start("matrix-one");
        TrackingFlow two = TrackingFlow.start("matrix-two")) {
      Fixture fixture = new Fixture(one, two);
      List<String> wrong = new ArrayList<>();
      for (Row row : EXPECTATIONS) {
        for (Who who : Who.values()) {
          HttpResponse<String> answer = call(row, who, fixture);
          String verdict = verdict(row, who, answer.statusCode());
          if (verdict != null) {
            wrong.add(
                row.operation()
                    + " as "
                    + who
                    + ": "
                    + verdict
                    + " ("
                    + answer.statusCode()
                    + " "
                    + abbreviate(answer.body())
                    + ")");
          }
        }
      }
      assertTrue(wrong.isEmpty(), wrong.size() + " wrong answers:\n" + String.join("\n", wrong));
    }
  }

  @Test
  void everyPageIsPublicAndServed() {
    List<String> wrong = new ArrayList<>();
    for (String page : pages()) {
      int status = ServerUnderTest.get(page).statusCode();
      if (status != 200) {
        wrong.add(page + " answered " + status);
      }
    }
    assertTrue(wrong.isEmpty(), String.join("\n", wrong));
  }

  /** Null when the answer is what the table says, otherwise what is wrong with it. */
  private static String verdict(Row row, Who who, int status) {
    if (status >= 500) {
      return "the server failed";
    }
    boolean refused = status == 401 || status == 403 || (row.scoped() && status == 404);
    if (row.allowed().contains(who) && refused) {
      return "should get through but was refused";
    }
    if (!row.allowed().contains(who) && !refused) {
      return "should be refused but got through";
    }
    return null;
  }

  private static HttpResponse<String> call(Row row, Who who, Fixture fixture) {
    HttpRequest.BodyPublisher body =
        row.body() == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(row.body());
    HttpRequest.Builder request =
        HttpRequest.newBuilder(ServerUnderTest.uri(row.path().apply(fixture)))
            .header("Content-Type", row.contentType())
            .method(row.method(), body);
    if (who != ANONYMOUS) {
      request.header("Authorization", "Bearer " + fixture.tokens.get(who));
    }
    return ServerUnderTest.send(request.build());
  }

  /** "METHOD /api/path" for every operation of the server's own OpenAPI document. */
  private static Set<String> publishedOperations() {
    HttpResponse<String> document =
        ServerUnderTest.send(
            HttpRequest.newBuilder(ServerUnderTest.uri("/openapi?format=JSON"))
                .header("Accept", "application/json")
                .GET()
                .build());
    assertEquals(200, document.statusCode(), document.body());
    JsonNode paths = ServerUnderTest.json(document).path("paths");
    Set<String> operations = new TreeSet<>();
    for (Map.Entry<String, JsonNode> path : paths.properties()) {
      String address = path.getKey().startsWith("/api/") ? path.getKey() : "/api" + path.getKey();
      for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
        String method = operation.getKey().toUpperCase(java.util.Locale.ROOT);
        if (Set.of("GET", "POST", "PUT", "DELETE", "PATCH").contains(method)) {
          operations.add(method + " " + address);
        }
      }
    }
    return operations;
  }

  /** Every page of the web application: each folder's index and every other HTML file. */
  private static List<String> pages() {
    Path root = Path.of("src", "main", "webapp");
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(f -> f.toString().endsWith(".html"))
          .filter(f -> !f.startsWith(root.resolve("WEB-INF")))
          .map(f -> "/" + root.relativize(f).toString().replace('\\', '/'))
          .map(p -> p.endsWith("index.html") ? p.substring(0, p.length() - 10) : p)
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String abbreviate(String body) {
    String flat = body.replaceAll("\\s+", " ");
    return flat.length() > 160 ? flat.substring(0, 160) + "..." : flat;
  }
}
