package com.firstline.platform;

import static com.firstline.testing.ServerUnderTest.get;
import static com.firstline.testing.ServerUnderTest.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * What anyone sees of a freshly started server: landing page, health, metrics, API docs, errors.
 */
class PlatformIT {

  @Test
  void landingPageSaysWhatFirstlineIs() {
    HttpResponse<String> page = get("/");
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("Firstline"), page.body());
    assertTrue(page.body().contains("new managers"));
  }

  @Test
  void readinessProvesTheDatabaseAndMigrations() {
    HttpResponse<String> ready = get("/health/ready");
    assertEquals(200, ready.statusCode(), ready.body());
    JsonNode body = json(ready);
    assertEquals("UP", body.path("status").asString());
    JsonNode database = findCheck(body, "database");
    assertEquals("UP", database.path("status").asString());
    assertFalse(database.path("data").path("schemaVersion").asString().isBlank());
  }

  @Test
  void livenessAnswersUp() {
    HttpResponse<String> live = get("/health/live");
    assertEquals(200, live.statusCode());
    assertEquals("UP", json(live).path("status").asString());
  }

  @Test
  void openApiDocumentDescribesTheApi() {
    HttpResponse<String> openapi = get("/openapi");
    assertEquals(200, openapi.statusCode());
    assertTrue(openapi.body().contains("Firstline API"), openapi.body());
  }

  @Test
  void unknownApiPathIsAProblemDocumentNotAStackTrace() {
    HttpResponse<String> missing = get("/api/no-such-thing");
    assertEquals(404, missing.statusCode());
    assertTrue(
        missing
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/problem+json"));
    JsonNode problem = json(missing);
    assertEquals(404, problem.path("status").asInt());
    assertEquals("Not found", problem.path("title").asString());
    assertFalse(missing.body().contains("Exception"));
  }

  @Test
  void unknownStaticPathIsAProblemDocumentToo() {
    HttpResponse<String> missing = get("/no-such-page.html");
    assertEquals(404, missing.statusCode());
    assertEquals(404, json(missing).path("status").asInt());
    assertFalse(missing.body().contains("<html"));
  }

  @Test
  void everyResponseCarriesSecurityHeadersThatAllowLmsFraming() {
    HttpResponse<String> page = get("/");
    String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
    assertTrue(csp.contains("frame-ancestors"), csp);
    assertTrue(csp.contains("script-src 'self'"), csp);
    assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
    assertTrue(page.headers().firstValue("Referrer-Policy").isPresent());
    assertTrue(page.headers().firstValue("X-Frame-Options").isEmpty(), "would block LMS iframes");
  }

  private static JsonNode findCheck(JsonNode health, String name) {
    for (JsonNode check : health.path("checks")) {
      if (name.equals(check.path("name").asString())) {
        return check;
      }
    }
    throw new AssertionError("No health check named " + name + " in " + health);
  }
}
