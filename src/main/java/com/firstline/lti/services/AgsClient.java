package com.firstline.lti.services;

import com.firstline.lti.registration.RegisteredPlatform;
import com.firstline.platform.http.OutboundHttp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.http.HttpRequest;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
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

  /** A course with more gradebook columns than this many pages is not searched further. */
  private static final int MAX_PAGES = 50;

  @Inject AccessTokens tokens;
  @Inject OutboundHttp http;

  /** A line item to find by resourceId or create with this label and maximum. */
  public record LineItemSpec(String resourceId, String label, int scoreMaximum) {}

  /** Posts a score; returns the platform's HTTP status (200, 201, 204...). */
  public int postScore(RegisteredPlatform platform, String lineItemUrl, Score score) {
    String url = LineItemUrls.scores(lineItemUrl);
    String call = "POST score to " + url;
    OutboundHttp.Answer answer =
        withToken(
            platform,
            List.of(Scopes.AGS_SCORE),
            url,
            call,
            request ->
                request
                    .header("Content-Type", Score.MEDIA_TYPE)
                    .POST(HttpRequest.BodyPublishers.ofString(score.toJson())));
    if (!answer.ok()) {
      throw PlatformCallFailed.answered(call, answer);
    }
    return answer.status();
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
    OutboundHttp.Answer answer =
        withToken(
            platform,
            scopes,
            lineItemsUrl,
            call,
            request ->
                request
                    .header("Content-Type", LINEITEM_MEDIA_TYPE)
                    .header("Accept", LINEITEM_MEDIA_TYPE)
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(item))));
    if (!answer.ok()) {
      throw PlatformCallFailed.answered(call, answer);
    }
    String id = read(call, answer).path("id").asString("");
    if (id.isBlank()) {
      throw PlatformCallFailed.unexpected(call, "the created line item has no id");
    }
    return id;
  }

  /**
   * Looks through every page of the container (following its Link rel="next"): a platform that
   * ignores the resource_id filter lists all of a course's columns, ours perhaps on page three.
   */
  private Optional<String> find(
      RegisteredPlatform platform, String lineItemsUrl, String resourceId, List<String> scopes) {
    Set<String> seen = new HashSet<>();
    Optional<String> next =
        Optional.of(LineItemUrls.withQuery(lineItemsUrl, "resource_id", resourceId));
    while (next.isPresent() && seen.add(next.get()) && seen.size() <= MAX_PAGES) {
      String url = next.get();
      String call = "GET line items from " + url;
      OutboundHttp.Answer answer =
          withToken(
              platform,
              scopes,
              url,
              call,
              request -> request.header("Accept", CONTAINER_MEDIA_TYPE).GET());
      if (!answer.ok()) {
        throw PlatformCallFailed.answered(call, answer);
      }
      // Not every platform filters by resource_id: check each item ourselves.
      for (JsonNode item : read(call, answer)) {
        if (resourceId.equals(item.path("resourceId").asString(""))
            && !item.path("id").asString("").isBlank()) {
          return Optional.of(item.path("id").asString());
        }
      }
      next = LinkHeaders.next(answer.headers("Link")).map(link -> LinkHeaders.resolve(url, link));
    }
    return Optional.empty();
  }

  private OutboundHttp.Answer withToken(
      RegisteredPlatform platform,
      List<String> scopes,
      String url,
      String call,
      UnaryOperator<HttpRequest.Builder> request) {
    OutboundHttp.Answer answer = sendWith(tokens.token(platform, scopes), url, call, request);
    if (answer.status() == 401) {
      tokens.forget(platform, scopes);
      answer = sendWith(tokens.token(platform, scopes), url, call, request);
    }
    return answer;
  }

  private OutboundHttp.Answer sendWith(
      String token, String url, String call, UnaryOperator<HttpRequest.Builder> request) {
    return PlatformCallFailed.send(
        http,
        url,
        call,
        builder -> request.apply(builder.header("Authorization", "Bearer " + token)));
  }

  private static JsonNode read(String call, OutboundHttp.Answer answer) {
    try {
      return JSON.readTree(answer.body());
    } catch (JacksonException e) {
      throw PlatformCallFailed.unexpected(call, "the answer is not JSON");
    }
  }
}
