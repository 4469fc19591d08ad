package com.firstline.lti.oidc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.firstline.lti.registration.RegisteredPlatform;
import com.firstline.platform.errors.ProblemException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The login initiation: which registration, what the redirect carries, the state cookie. */
class LoginTest {
  private static final String ISSUER = "https://lms.example.edu";

  private static RegisteredPlatform platform(String clientId) {
    return new RegisteredPlatform(
        1L,
        ISSUER,
        clientId,
        "https://lms.example.edu/auth?tenant=1",
        "https://lms.example.edu/token",
        "https://lms.example.edu/token",
        "https://lms.example.edu/jwks",
        List.of("d1"),
        Instant.now());
  }

  private static LoginRequest request(Map<String, String> parameters) {
    return LoginRequest.from(parameters::get);
  }

  private static Map<String, String> params(String clientId) {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("iss", ISSUER);
    p.put("login_hint", "hint-1");
    p.put("target_link_uri", "https://firstline.example/lti/launch");
    p.put("lti_message_hint", "message hint");
    if (clientId != null) {
      p.put("client_id", clientId);
    }
    return p;
  }

  @Test
  void aLoginWithoutItsRequiredParametersIsABadRequest() {
    ProblemException refused =
        assertThrows(ProblemException.class, () -> request(Map.of("iss", ISSUER)));
    assertEquals(400, refused.problem().status());
    assertEquals(2, refused.problem().errors().size());
  }

  @Test
  void aLoginLongerThanWeKeepIsABadRequestNotAFailedInsert() {
    Map<String, String> long4 = params("a");
    long4.put("login_hint", "h".repeat(4096));
    long4.put("lti_message_hint", "m".repeat(4096));
    long4.put("lti_deployment_id", "d".repeat(4096));
    long4.put("client_id", "c".repeat(4096));
    ProblemException refused = assertThrows(ProblemException.class, () -> request(long4));
    assertEquals(400, refused.problem().status());
    assertEquals(
        "the parameters are longer than 16384 characters in all",
        refused.problem().errors().get(0).message());
  }

  @Test
  void theOnlyRegistrationOfAnIssuerIsChosenWithoutClientId() {
    assertEquals(
        "a", Logins.registrationFor(request(params(null)), List.of(platform("a"))).clientId());
  }

  @Test
  void severalRegistrationsOnOneIssuerNeedTheClientId() {
    List<RegisteredPlatform> two = List.of(platform("a"), platform("b"));
    ProblemException refused =
        assertThrows(
            ProblemException.class, () -> Logins.registrationFor(request(params(null)), two));
    assertTrue(refused.problem().detail().contains("client_id"));
    assertEquals("b", Logins.registrationFor(request(params("b")), two).clientId());
  }

  @Test
  void anUnknownIssuerClientIdOrDeploymentIsABadRequest() {
    assertThrows(
        ProblemException.class, () -> Logins.registrationFor(request(params(null)), List.of()));
    assertThrows(
        ProblemException.class,
        () -> Logins.registrationFor(request(params("zzz")), List.of(platform("a"))));
    Map<String, String> unknownDeployment = params("a");
    unknownDeployment.put("lti_deployment_id", "d9");
    assertThrows(
        ProblemException.class,
        () -> Logins.registrationFor(request(unknownDeployment), List.of(platform("a"))));
  }

  @Test
  void theRedirectIsAnOidcImplicitRequestPostedBackToOurLaunch() {
    String location =
        LoginRedirect.to(
            platform("a"),
            request(params("a")),
            new PendingLogin("the-state", "the-nonce", 1L, null, ""),
            "https://firstline.example/lti/launch");
    assertTrue(location.startsWith("https://lms.example.edu/auth?tenant=1&"), location);
    Map<String, String> query = query(URI.create(location));
    assertEquals("openid", query.get("scope"));
    assertEquals("id_token", query.get("response_type"));
    assertEquals("form_post", query.get("response_mode"));
    assertEquals("none", query.get("prompt"));
    assertEquals("a", query.get("client_id"));
    assertEquals("https://firstline.example/lti/launch", query.get("redirect_uri"));
    assertEquals("hint-1", query.get("login_hint"));
    assertEquals("message hint", query.get("lti_message_hint"));
    assertEquals("the-state", query.get("state"));
    assertEquals("the-nonce", query.get("nonce"));
  }

  @Test
  void theStateCookieCrossesSitesOnlyOverHttps() {
    assertTrue(StateCookie.header("s", true).contains("; Secure; SameSite=None"));
    assertTrue(StateCookie.header("s", false).contains("SameSite=Lax"));
    assertTrue(StateCookie.header("s", false).startsWith("lti_state_s=s;"));
    assertTrue(StateCookie.header("s", true).contains("HttpOnly"));
    // Over HTTPS no other host (a sibling subdomain) can set a cookie of the same name.
    assertTrue(StateCookie.header("s", true).startsWith("__Host-lti_state_s=s; Path=/;"));
    assertTrue(StateCookie.cleared("s", true).startsWith("__Host-lti_state_s=; Path=/; Max-Age=0"));
  }

  static Map<String, String> query(URI uri) {
    Map<String, String> result = new LinkedHashMap<>();
    for (String pair : uri.getRawQuery().split("&")) {
      String[] kv = pair.split("=", 2);
      result.put(
          URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
          URLDecoder.decode(kv.length > 1 ? kv[1] : "", StandardCharsets.UTF_8));
    }
    return result;
  }
}
