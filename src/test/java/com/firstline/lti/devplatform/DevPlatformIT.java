package com.firstline.lti.devplatform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.firstline.lti.LtiFlow;
import com.firstline.testing.ServerUnderTest;
import com.nimbusds.jose.jwk.JWKSet;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The development platform over HTTP, hop by hop: try-it form, our real login, the platform's
 * authorization answer, our real launch. The integration-test server has it turned on.
 */
class DevPlatformIT {
  private static final Pattern FIELD = Pattern.compile("name=\"([a-z_]+)\" value=\"([^\"]*)\"");

  private static HttpResponse<String> postForm(String path, Map<String, String> form) {
    return ServerUnderTest.send(
        HttpRequest.newBuilder(ServerUnderTest.uri(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form(form)))
            .build());
  }

  private static String form(Map<String, String> values) {
    return values.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  private static String location(HttpResponse<String> response) {
    return response
        .headers()
        .firstValue("Location")
        .orElseThrow(
            () ->
                new AssertionError(
                    "no redirect: " + response.statusCode() + " " + response.body()));
  }

  @Test
  void aTryOutRunsTheRealLoginAndLaunchIntoThePlayer() {
    HttpResponse<String> start =
        postForm(
            "/dev-platform/start", Map.of("module", "mistake-at-the-counter", "role", "MANAGER"));
    assertEquals(303, start.statusCode(), start.body());
    Map<String, String> login = LtiFlow.query(URI.create("http://x" + location(start)));
    assertEquals(ServerUnderTest.baseUrl() + "/dev-platform", login.get("iss"));
    assertEquals(DevPlatform.CLIENT_ID, login.get("client_id"));

    HttpResponse<String> toPlatform = ServerUnderTest.get(location(start));
    assertEquals(302, toPlatform.statusCode(), toPlatform.body());
    String auth = location(toPlatform);
    assertTrue(auth.startsWith(ServerUnderTest.baseUrl() + "/dev-platform/auth?"), auth);

    HttpResponse<String> autoPost =
        ServerUnderTest.get(auth.substring(ServerUnderTest.baseUrl().length()));
    assertEquals(200, autoPost.statusCode(), autoPost.body());
    assertTrue(autoPost.body().contains("action=\"" + ServerUnderTest.baseUrl() + "/lti/launch\""));
    Map<String, String> fields = new LinkedHashMap<>();
    Matcher field = FIELD.matcher(autoPost.body());
    while (field.find()) {
      fields.put(field.group(1), field.group(2));
    }
    assertEquals(LtiFlow.query(URI.create(auth)).get("state"), fields.get("state"));

    HttpResponse<String> launched = LtiFlow.launch(fields.get("id_token"), fields.get("state"));
    assertEquals(302, launched.statusCode(), launched.body());
    assertTrue(
        location(launched).startsWith("/play/?module=mistake-at-the-counter#session="),
        location(launched));
  }

  @Test
  void itPublishesItsKeyAndSaysItIsOn() throws Exception {
    assertEquals(200, ServerUnderTest.get("/dev-platform/status").statusCode());
    JWKSet keys = JWKSet.parse(ServerUnderTest.get("/dev-platform/jwks").body());
    assertEquals(1, keys.getKeys().size());
    assertFalse(keys.getKeys().get(0).isPrivate(), "only the public key is published");
  }

  @Test
  void itRefusesToPostAnIdTokenElsewhere() {
    HttpResponse<String> refused =
        ServerUnderTest.get(
            "/dev-platform/auth?scope=openid&response_type=id_token&response_mode=form_post"
                + "&client_id="
                + DevPlatform.CLIENT_ID
                + "&redirect_uri=https%3A%2F%2Fevil.example%2F&login_hint=admin"
                + "&lti_message_hint=mistake-at-the-counter&state=s&nonce=n");
    assertEquals(400, refused.statusCode());
    assertTrue(refused.body().contains("redirect_uri"), refused.body());
  }

  @Test
  void anUnknownModuleOrRoleIsABadRequest() {
    assertEquals(
        400,
        postForm("/dev-platform/start", Map.of("module", "no-such-module", "role", "MANAGER"))
            .statusCode());
    assertEquals(
        400,
        postForm("/dev-platform/start", Map.of("module", "mistake-at-the-counter", "role", "ROOT"))
            .statusCode());
  }
}
