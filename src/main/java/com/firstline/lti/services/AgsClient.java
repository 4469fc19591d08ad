package com.firstline.lti.services;

import com.firstline.lti.registration.RegisteredPlatform;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Assignment and Grade Services: posts scores to a line item, and finds or creates a module's line
 * item in a context's line item container. A 401 may mean the cached token was revoked or expired
 * early: the call is made once more with a fresh token before it counts as refused.
 */
@ApplicationScoped
public class AgsClient {
  public static final String LINEITEM_MEDIA_TYPE = "application/vnd.ims.lis.v2.lineitem+json";
  public static final String CONTAINER_MEDIA_TYPE =
      "application/vnd.ims.lis.v2.lineitemcontainer+json";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Inject AccessTokens tokens;
  @Inject PlatformHttp http;

  /** A line item to find by resourceId or create with this label and maximum. */
  public record LineItemSpec(String resourceId, String label, int scoreMaximum) {}

  public void postScore(RegisteredPlatform platform, String lineItemUrl, Score score) {
    String url = LineItemUrls.scores(lineItemUrl);
    String call = "POST score to " + url;
    PlatformHttp.Answer answer =
        withToken(
            platform,
            List.of(Scopes.AGS_SCORE),
            call,
            token ->
                http.request(url)
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", Score.MEDIA_TYPE)
                    .POST(HttpRequest.BodyPublishers.ofString(score.toJson()))
                    .build());
    if (!answer.ok()) {
      throw PlatformCallFailed.answered(call, answer);
    }
  }

  /** The URL of the line item with this resourceId in the container, created when there is none. */
  public String findOrCreate(RegisteredPlatform platform, String lineItemsUrl, LineItemSpec spec) {
    List<String> scopes = List.of(Scopes.AGS_LINEITEM);
    Optional<String> found = find(platform, lineItemsUrl, spec.resourceId(), scopes);
    if (found.isPresent()) {
      return found.get();
    }
    ObjectNode item = JSON.createObjectNode();
    item.put("scoreMaximum", spec.scoreMaximum());
    item.put("label", spec.label());
    item.put("resourceId", spec.resourceId());
    item.put("tag", "firstline");
    String call = "POST line item to " + lineItemsUrl;
    PlatformHttp.Answer answer =
        withToken(
            platform,
            scopes,
            call,
            token ->
                http.request(lineItemsUrl)
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", LINEITEM_MEDIA_TYPE)
                    .header("Accept", LINEITEM_MEDIA_TYPE)
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(item)))
                    .build());
    if (!answer.ok()) {
      throw PlatformCallFailed.answered(call, answer);
    }
    String id = read(call, answer).path("id").asString("");
    if (id.isBlank()) {
      throw PlatformCallFailed.unexpected(call, "the created line item has no id");
    }
    return id;
  }

  private Optional<String> find(
      RegisteredPlatform platform, String lineItemsUrl, String resourceId, List<String> scopes) {
    String url = LineItemUrls.withQuery(lineItemsUrl, "resource_id", resourceId);
    String call = "GET line items from " + url;
    PlatformHttp.Answer answer =
        withToken(
            platform,
            scopes,
            call,
            token ->
                http.request(url)
                    .header("Authorization", "Bearer " + token)
                    .header("Accept", CONTAINER_MEDIA_TYPE)
                    .GET()
                    .build());
    if (!answer.ok()) {
      throw PlatformCallFailed.answered(call, answer);
    }
    JsonNode items = read(call, answer);
    // Not every platform filters by resource_id: check each item ourselves.
    for (JsonNode item : items) {
      if (resourceId.equals(item.path("resourceId").asString(""))
          && !item.path("id").asString("").isBlank()) {
        return Optional.of(item.path("id").asString());
      }
    }
    return Optional.empty();
  }

  private PlatformHttp.Answer withToken(
      RegisteredPlatform platform,
      List<String> scopes,
      String call,
      Function<String, HttpRequest> request) {
    PlatformHttp.Answer answer = http.send(request.apply(tokens.token(platform, scopes)), call);
    if (answer.status() == 401) {
      tokens.forget(platform, scopes);
      answer = http.send(request.apply(tokens.token(platform, scopes)), call);
    }
    return answer;
  }

  private static JsonNode read(String call, PlatformHttp.Answer answer) {
    try {
      return JSON.readTree(answer.body());
    } catch (JacksonException e) {
      throw PlatformCallFailed.unexpected(call, "the answer is not JSON");
    }
  }
}
