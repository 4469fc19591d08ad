package com.firstline.lti.devplatform;

import com.firstline.lti.keys.ToolKeys;
import com.firstline.lti.oidc.ToolUrl;
import com.firstline.lti.services.Scopes;
import com.firstline.platform.errors.Problem;
import com.firstline.platform.errors.ProblemException;
import com.firstline.platform.web.BodyWithoutSession;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The development LMS's services, as a real LMS offers them to a tool: the OAuth 2 token endpoint,
 * the gradebook's line items and scores (AGS 2.0) and the course roster (NRPS 2.0). Every call but
 * the token needs an access token with the right scope. A 404 while the development platform is
 * off.
 */
@BodyWithoutSession
@Path("dev-platform")
public class DevServices {
  static final String CONTAINER_TYPE = "application/vnd.ims.lis.v2.lineitemcontainer+json";
  static final String LINEITEM_TYPE = "application/vnd.ims.lis.v2.lineitem+json";
  static final String MEMBERSHIP_TYPE = "application/vnd.ims.lti-nrps.v2.membershipcontainer+json";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Inject DevPlatform platform;
  @Inject ToolKeys toolKeys;
  @Inject ToolUrl toolUrl;
  @Inject Gradebook gradebook;
  @Inject Visitors visitors;

  @Context HttpServletRequest request;

  @HeaderParam(HttpHeaders.AUTHORIZATION)
  String authorization;

  Clock clock = Clock.systemUTC();

  /** The address of one of these services under the server's base address. */
  static String url(String base, String service) {
    return base + "/api/dev-platform/" + service;
  }

  @POST
  @Path("token")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response token(
      @FormParam("grant_type") String grantType,
      @FormParam("client_assertion_type") String assertionType,
      @FormParam("client_assertion") String assertion,
      @FormParam("scope") String scope) {
    platform.requireEnabled();
    if (!"client_credentials".equals(grantType)) {
      return oauthError(400, "unsupported_grant_type", "grant_type must be client_credentials");
    }
    if (!"urn:ietf:params:oauth:client-assertion-type:jwt-bearer".equals(assertionType)
        || assertion == null) {
      return oauthError(400, "invalid_request", "a jwt-bearer client_assertion is required");
    }
    var problem =
        ServiceTokens.assertionProblem(
            assertion, toolKeys.publicKeys(), url(toolUrl.base(request), "token"), clock.instant());
    if (problem.isPresent()) {
      return oauthError(401, "invalid_client", problem.get());
    }
    List<String> granted =
        scope == null
            ? List.of()
            : Arrays.stream(scope.split(" ")).filter(OFFERED_SCOPES::contains).toList();
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("access_token", ServiceTokens.issue(platform.key(), granted, clock.instant()));
    answer.put("token_type", "Bearer");
    answer.put("expires_in", ServiceTokens.LIFETIME.toSeconds());
    answer.put("scope", String.join(" ", granted));
    return json(200, MediaType.APPLICATION_JSON, answer);
  }

  private static final List<String> OFFERED_SCOPES =
      List.of(
          Scopes.AGS_LINEITEM,
          Scopes.AGS_LINEITEM_READONLY,
          Scopes.AGS_SCORE,
          Scopes.NRPS_MEMBERSHIPS);

  @GET
  @Path("lineitems")
  public Response lineItems(@QueryParam("resource_id") String resourceId) {
    requireScope(Scopes.AGS_LINEITEM, Scopes.AGS_LINEITEM_READONLY);
    String container = url(toolUrl.base(request), "lineitems");
    List<Map<String, Object>> items =
        gradebook.lineItems(resourceId).stream().map(i -> view(i, container)).toList();
    return json(200, CONTAINER_TYPE, items);
  }

  @POST
  @Path("lineitems")
  @Consumes(MediaType.WILDCARD)
  public Response createLineItem(String body) {
    requireScope(Scopes.AGS_LINEITEM);
    JsonNode item = parse(body);
    String label = item.path("label").asString("");
    BigDecimal maximum = item.path("scoreMaximum").decimalValue();
    List<Problem.InputError> errors = new ArrayList<>();
    if (label.isBlank()) {
      errors.add(Problem.InputError.field("label", "is required"));
    }
    if (maximum == null || maximum.signum() <= 0) {
      errors.add(Problem.InputError.field("scoreMaximum", "must be a number above 0"));
    }
    if (!errors.isEmpty()) {
      throw ProblemException.badRequest("The line item is not valid.", errors);
    }
    String resourceId = item.path("resourceId").asString(null);
    Gradebook.LineItem created = gradebook.create(resourceId, label, maximum);
    return json(201, LINEITEM_TYPE, view(created, url(toolUrl.base(request), "lineitems")));
  }

  @GET
  @Path("lineitems/{id}")
  public Response lineItem(@PathParam("id") long id) {
    requireScope(Scopes.AGS_LINEITEM, Scopes.AGS_LINEITEM_READONLY);
    return json(200, LINEITEM_TYPE, view(existing(id), url(toolUrl.base(request), "lineitems")));
  }

  @POST
  @Path("lineitems/{id}/scores")
  @Consumes(MediaType.WILDCARD)
  public Response score(@PathParam("id") long id, String body) {
    requireScope(Scopes.AGS_SCORE);
    existing(id);
    JsonNode score = parse(body);
    String userId = score.path("userId").asString("");
    String activity = score.path("activityProgress").asString("");
    String grading = score.path("gradingProgress").asString("");
    List<Problem.InputError> errors = new ArrayList<>();
    if (userId.isBlank()) {
      errors.add(Problem.InputError.field("userId", "is required"));
    }
    if (activity.isBlank()) {
      errors.add(Problem.InputError.field("activityProgress", "is required"));
    }
    if (grading.isBlank()) {
      errors.add(Problem.InputError.field("gradingProgress", "is required"));
    }
    if (!errors.isEmpty()) {
      throw ProblemException.badRequest("The score is not valid.", errors);
    }
    gradebook.record(
        id,
        new Gradebook.ScorePosted(
            userId,
            score.has("scoreGiven") ? score.path("scoreGiven").decimalValue() : null,
            score.has("scoreMaximum") ? score.path("scoreMaximum").decimalValue() : null,
            activity,
            grading,
            score.path("comment").asString(null)));
    return Response.noContent().build();
  }

  @GET
  @Path("memberships")
  public Response memberships() {
    requireScope(Scopes.NRPS_MEMBERSHIPS);
    List<Map<String, Object>> members = new ArrayList<>();
    for (SampleCourse.Person person : SampleCourse.members(visitors.enrolled())) {
      Map<String, Object> member = new LinkedHashMap<>();
      member.put("status", "Active");
      member.put("user_id", person.subject());
      member.put("name", person.name());
      member.put("email", person.email());
      member.put("roles", person.roles());
      members.add(member);
    }
    Map<String, Object> container = new LinkedHashMap<>();
    container.put("id", url(toolUrl.base(request), "memberships"));
    container.put("context", Map.of("id", SampleCourse.CONTEXT_ID, "title", SampleCourse.TITLE));
    container.put("members", members);
    return json(200, MEMBERSHIP_TYPE, container);
  }

  private Gradebook.LineItem existing(long id) {
    return gradebook
        .lineItem(id)
        .orElseThrow(() -> ProblemException.notFound("There is no line item " + id + "."));
  }

  private void requireScope(String... anyOf) {
    platform.requireEnabled();
    String bearer = "Bearer ";
    String token =
        authorization != null && authorization.regionMatches(true, 0, bearer, 0, bearer.length())
            ? authorization.substring(bearer.length()).trim()
            : "";
    for (String scope : anyOf) {
      if (ServiceTokens.allows(platform.key(), token, scope, clock.instant())) {
        return;
      }
    }
    throw new ProblemException(
        401, "Unauthorized", "This needs an access token from the token endpoint with " + anyOf[0]);
  }

  private static Map<String, Object> view(Gradebook.LineItem item, String container) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("id", container + "/" + item.id());
    view.put("label", item.label());
    view.put("scoreMaximum", item.scoreMaximum());
    if (item.resourceId() != null) {
      view.put("resourceId", item.resourceId());
    }
    return view;
  }

  private static JsonNode parse(String body) {
    try {
      JsonNode node = JSON.readTree(body == null ? "" : body);
      if (node == null || !node.isObject()) {
        throw ProblemException.badRequest("Send a JSON object.", List.of());
      }
      return node;
    } catch (JacksonException e) {
      throw ProblemException.badRequest("The body is not JSON.", List.of());
    }
  }

  private static Response oauthError(int status, String error, String description) {
    return json(
        status,
        MediaType.APPLICATION_JSON,
        Map.of("error", error, "error_description", description));
  }

  private static Response json(int status, String mediaType, Object body) {
    return Response.status(status)
        .type(mediaType)
        .header("Cache-Control", "no-store")
        .entity(JSON.writeValueAsString(body))
        .build();
  }
}
