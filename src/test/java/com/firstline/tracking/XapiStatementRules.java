package com.firstline.tracking;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * The rules of xAPI 1.0.3 that Firstline's statements must keep, as a list of what a statement
 * breaks (empty when it is valid): a UUID id, an Agent identified by an account (homePage IRL and
 * name), a verb IRI with a language-map display, an activity object with an IRI id, a choice
 * interaction's components, a score whose scaled lies in -1..1 and whose raw lies between min and
 * max, an ISO 8601 timestamp, and a UUID registration.
 */
final class XapiStatementRules {
  private static final Set<String> INTERACTION_TYPES =
      Set.of(
          "true-false",
          "choice",
          "fill-in",
          "long-fill-in",
          "matching",
          "performance",
          "sequencing",
          "likert",
          "numeric",
          "other");

  private final List<String> broken = new ArrayList<>();

  private XapiStatementRules() {}

  static List<String> violations(JsonNode statement) {
    XapiStatementRules rules = new XapiStatementRules();
    rules.check(statement);
    return rules.broken;
  }

  private void check(JsonNode s) {
    uuid("id", s.path("id"));
    actor(s.path("actor"));
    iri("verb.id", s.path("verb").path("id"));
    languageMap("verb.display", s.path("verb").path("display"));
    activity("object", s.path("object"));
    result(s.path("result"));
    context(s.path("context"));
    try {
      OffsetDateTime.parse(s.path("timestamp").asString(""));
    } catch (DateTimeParseException e) {
      broken.add("timestamp is not ISO 8601: " + s.path("timestamp"));
    }
  }

  private void actor(JsonNode actor) {
    if (!"Agent".equals(actor.path("objectType").asString(""))) {
      broken.add("actor.objectType is not Agent");
    }
    for (String other : List.of("mbox", "mbox_sha1sum", "openid")) {
      if (actor.has(other)) {
        broken.add("actor has a second identifier " + other);
      }
    }
    JsonNode account = actor.path("account");
    String homePage = account.path("homePage").asString("");
    if (!homePage.startsWith("http://") && !homePage.startsWith("https://")) {
      broken.add("actor.account.homePage is not an IRL: " + homePage);
    }
    if (account.path("name").asString("").isBlank()) {
      broken.add("actor.account.name is missing");
    }
  }

  private void activity(String where, JsonNode activity) {
    if (activity.has("objectType") && !"Activity".equals(activity.path("objectType").asString())) {
      broken.add(where + ".objectType is not Activity");
    }
    iri(where + ".id", activity.path("id"));
    JsonNode definition = activity.path("definition");
    if (definition.has("name")) {
      languageMap(where + ".definition.name", definition.path("name"));
    }
    if (definition.has("type")) {
      iri(where + ".definition.type", definition.path("type"));
    }
    if (definition.has("interactionType")) {
      String type = definition.path("interactionType").asString("");
      if (!INTERACTION_TYPES.contains(type)) {
        broken.add(where + ".definition.interactionType unknown: " + type);
      }
      for (JsonNode component : definition.path("choices")) {
        String id = component.path("id").asString("");
        if (id.isBlank() || id.chars().anyMatch(Character::isWhitespace)) {
          broken.add(where + " choice id empty or with whitespace: '" + id + "'");
        }
        languageMap(where + " choice description", component.path("description"));
      }
    }
  }

  private void result(JsonNode result) {
    if (result.isMissingNode()) {
      return;
    }
    JsonNode score = result.path("score");
    if (!score.isMissingNode()) {
      double scaled = score.path("scaled").asDouble(0);
      if (score.has("scaled") && (scaled < -1 || scaled > 1)) {
        broken.add("result.score.scaled outside -1..1: " + scaled);
      }
      double raw = score.path("raw").asDouble();
      double min = score.path("min").asDouble(Double.NEGATIVE_INFINITY);
      double max = score.path("max").asDouble(Double.POSITIVE_INFINITY);
      if (min >= max || raw < min || raw > max) {
        broken.add("result.score raw not between min and max: " + score);
      }
    }
    for (String flag : List.of("completion", "success")) {
      if (result.has(flag) && !result.path(flag).isBoolean()) {
        broken.add("result." + flag + " is not a boolean");
      }
    }
    if (result.has("response") && !result.path("response").isString()) {
      broken.add("result.response is not a string");
    }
  }

  private void context(JsonNode context) {
    if (context.has("registration")) {
      uuid("context.registration", context.path("registration"));
    }
    for (JsonNode parent : context.path("contextActivities").path("parent")) {
      activity("context.contextActivities.parent", parent);
    }
  }

  private void uuid(String where, JsonNode value) {
    try {
      UUID parsed = UUID.fromString(value.asString(""));
      if (!parsed.toString().equalsIgnoreCase(value.asString())) {
        broken.add(where + " is not a canonical UUID: " + value);
      }
    } catch (IllegalArgumentException e) {
      broken.add(where + " is not a UUID: " + value);
    }
  }

  private void iri(String where, JsonNode value) {
    try {
      URI uri = new URI(value.asString(""));
      if (!uri.isAbsolute()) {
        broken.add(where + " is not an absolute IRI: " + value);
      }
    } catch (URISyntaxException e) {
      broken.add(where + " is not an IRI: " + value);
    }
  }

  private void languageMap(String where, JsonNode map) {
    if (!map.isObject() || map.isEmpty()) {
      broken.add(where + " is not a language map: " + map);
      return;
    }
    map.properties()
        .forEach(
            entry -> {
              if (entry.getKey().isBlank() || !entry.getValue().isString()) {
                broken.add(where + " has a bad entry: " + entry);
              }
            });
  }
}
