package com.firstline.lti.services;

import com.firstline.lti.registration.RegisteredPlatform;
import com.firstline.platform.http.OutboundHttp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Names and Role Provisioning Services: the whole membership of a context, page after page
 * following {@code Link: <...>; rel="next"}. A page seen twice ends the walk (a platform that links
 * in a circle must not keep us busy forever), and so does a page limit.
 */
@ApplicationScoped
public class NrpsClient {
  public static final String MEDIA_TYPE =
      "application/vnd.ims.lti-nrps.v2.membershipcontainer+json";
  private static final int MAX_PAGES = 200;
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Inject AccessTokens tokens;
  @Inject OutboundHttp http;

  public List<Member> members(RegisteredPlatform platform, String membershipsUrl) {
    List<String> scopes = List.of(Scopes.NRPS_MEMBERSHIPS);
    List<Member> members = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    Optional<String> next = Optional.of(membershipsUrl);
    while (next.isPresent() && seen.add(next.get()) && seen.size() <= MAX_PAGES) {
      String url = next.get();
      String call = "GET memberships from " + url;
      OutboundHttp.Answer answer = get(url, call, tokens.token(platform, scopes));
      if (answer.status() == 401) {
        tokens.forget(platform, scopes);
        answer = get(url, call, tokens.token(platform, scopes));
      }
      if (!answer.ok()) {
        throw PlatformCallFailed.answered(call, answer);
      }
      members.addAll(page(call, answer.body()));
      next = LinkHeaders.next(answer.headers("Link")).map(link -> LinkHeaders.resolve(url, link));
    }
    return members;
  }

  private OutboundHttp.Answer get(String url, String call, String token) {
    return PlatformCallFailed.send(
        http,
        url,
        call,
        request ->
            request.header("Authorization", "Bearer " + token).header("Accept", MEDIA_TYPE).GET());
  }

  static List<Member> page(String call, String body) {
    JsonNode container;
    try {
      container = JSON.readTree(body);
    } catch (JacksonException e) {
      throw PlatformCallFailed.unexpected(call, "the answer is not JSON");
    }
    List<Member> members = new ArrayList<>();
    for (JsonNode member : container.path("members")) {
      String userId = member.path("user_id").asString("");
      if (userId.isBlank()) {
        continue;
      }
      List<String> roles = new ArrayList<>();
      member.path("roles").forEach(role -> roles.add(role.asString("")));
      String status = member.path("status").asString("Active");
      members.add(
          new Member(
              userId,
              name(member),
              blankToNull(member.path("email").asString("")),
              roles,
              "Active".equalsIgnoreCase(status)));
    }
    return members;
  }

  private static String name(JsonNode member) {
    String name = member.path("name").asString("");
    if (!name.isBlank()) {
      return name;
    }
    String joined =
        (member.path("given_name").asString("") + " " + member.path("family_name").asString(""))
            .strip();
    return blankToNull(joined);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
