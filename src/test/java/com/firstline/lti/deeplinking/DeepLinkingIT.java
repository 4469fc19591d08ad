package com.firstline.lti.deeplinking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.firstline.lti.LtiFlow;
import com.firstline.lti.testplatform.IdTokens;
import com.firstline.lti.testplatform.TestPlatform;
import com.firstline.testing.ServerUnderTest;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Deep Linking 2.0 end to end: a real login and deep-linking launch from the test platform, the
 * trainer's choice on the chooser page, and the signed response checked with our published JWKS.
 */
class DeepLinkingIT {
  private static final String CLIENT = "dl-client";
  private static final String DEPLOYMENT = "dl-deployment";
  private static final String RETURN_URL = "https://lms.example.edu/deep-link/return?course=7&x=1";
  private static final String DL = "https://purl.imsglobal.org/spec/lti-dl/claim/";
  private static final Pattern SESSION = Pattern.compile("name=\"session\" value=\"([^\"]+)\"");
  private static final Pattern MODULE =
      Pattern.compile("type=\"(checkbox|radio)\" id=\"[^\"]+\" name=\"module\" value=\"([^\"]+)\"");
  private static final Pattern JWT = Pattern.compile("name=\"JWT\" value=\"([^\"]+)\"");

  private static TestPlatform platform;

  @BeforeAll
  static void registerPlatform() {
    platform = TestPlatform.start("deep-linking");
    LtiFlow.register(platform, CLIENT, DEPLOYMENT);
  }

  @AfterAll
  static void stopPlatform() {
    platform.close();
  }

  /** A real login, then a deep-linking launch as these roles with these settings. */
  private static HttpResponse<String> deepLinkingLaunch(
      Map<String, Object> settings, String... roles) {
    LtiFlow.Login login = LtiFlow.login(platform, CLIENT);
    String token =
        platform
            .idToken(CLIENT, DEPLOYMENT, login.nonce())
            .withLti("message_type", "LtiDeepLinkingRequest")
            .withoutLti("resource_link")
            .withoutLti("custom")
            .withRoles(roles)
            .with(DL + "deep_linking_settings", settings)
            .serialize();
    return post(
        "/lti/launch",
        Map.of("id_token", List.of(token), "state", List.of(login.state())),
        LtiFlow.stateCookie(login.state()));
  }

  private static Map<String, Object> settings(boolean acceptMultiple) {
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("deep_link_return_url", RETURN_URL);
    settings.put("accept_types", List.of("link", "ltiResourceLink"));
    settings.put("accept_presentation_document_targets", List.of("iframe", "window"));
    settings.put("accept_multiple", acceptMultiple);
    settings.put("auto_create", true);
    settings.put("data", "opaque <data> & more");
    return settings;
  }

  private static HttpResponse<String> post(String path, Map<String, List<String>> form) {
    return post(path, form, null);
  }

  private static HttpResponse<String> post(
      String path, Map<String, List<String>> form, String cookie) {
    String body =
        form.entrySet().stream()
            .flatMap(e -> e.getValue().stream().map(v -> encode(e.getKey()) + "=" + encode(v)))
            .collect(Collectors.joining("&"));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(ServerUnderTest.uri(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "text/html,application/xhtml+xml")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (cookie != null) {
      request.header("Cookie", cookie);
    }
    return ServerUnderTest.send(request.build());
  }

  private static HttpResponse<String> answer(String session, String... modules) {
    return post(
        "/lti/deep-link/answer", Map.of("session", List.of(session), "module", List.of(modules)));
  }

  private static String first(Pattern pattern, String html) {
    Matcher found = pattern.matcher(html);
    assertTrue(found.find(), "no " + pattern + " in " + html);
    return unescape(found.group(1));
  }

  private static List<String[]> choices(String html) {
    List<String[]> choices = new ArrayList<>();
    Matcher found = MODULE.matcher(html);
    while (found.find()) {
      choices.add(new String[] {found.group(1), unescape(found.group(2))});
    }
    return choices;
  }

  private static String unescape(String html) {
    return html.replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&");
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** The response JWT, verified with the key our JWKS publishes under its kid. */
  private static JWTClaimsSet verified(String jwt) throws Exception {
    SignedJWT signed = SignedJWT.parse(jwt);
    JWKSet published = JWKSet.parse(ServerUnderTest.get("/lti/jwks").body());
    RSAKey key = (RSAKey) published.getKeyByKeyId(signed.getHeader().getKeyID());
    assertNotNull(key, "the kid " + signed.getHeader().getKeyID() + " is not in /lti/jwks");
    assertTrue(signed.verify(new RSASSAVerifier(key)), "signature does not verify");
    assertEquals("RS256", signed.getHeader().getAlgorithm().getName());
    return signed.getJWTClaimsSet();
  }

  @Test
  void aTrainerChoosesModulesAndThePlatformGetsASignedResponse() throws Exception {
    HttpResponse<String> chooser = deepLinkingLaunch(settings(true), IdTokens.INSTRUCTOR);
    assertEquals(200, chooser.statusCode(), chooser.body());
    List<String[]> offered = choices(chooser.body());
    assertTrue(offered.size() >= 2, chooser.body());
    assertTrue(offered.stream().allMatch(c -> c[0].equals("checkbox")), "multiple: checkboxes");
    assertTrue(chooser.body().contains("<label for=\"module-0\">"), "each choice is labelled");

    String session = first(SESSION, chooser.body());
    HttpResponse<String> posting = answer(session, "mistake-at-the-counter", "trust-on-the-spot");

    assertEquals(200, posting.statusCode(), posting.body());
    assertTrue(
        posting.body().contains("action=\"" + RETURN_URL.replace("&", "&amp;") + "\""),
        posting.body());
    assertTrue(posting.body().contains("src=\"/js/lti/auto-post.js\""));
    assertTrue(posting.body().contains("<button type=\"submit\">Continue</button>"));
    JWTClaimsSet claims = verified(first(JWT, posting.body()));
    assertEquals(CLIENT, claims.getIssuer());
    assertEquals(List.of(platform.issuer()), claims.getAudience());
    assertTrue(claims.getExpirationTime().toInstant().isAfter(Instant.now()));
    assertTrue(!claims.getIssueTime().toInstant().isAfter(Instant.now().plusSeconds(5)));
    assertNotNull(claims.getStringClaim("nonce"));
    assertEquals(DEPLOYMENT, claims.getClaim(IdTokens.LTI + "deployment_id"));
    assertEquals("LtiDeepLinkingResponse", claims.getClaim(IdTokens.LTI + "message_type"));
    assertEquals("1.3.0", claims.getClaim(IdTokens.LTI + "version"));
    assertEquals("opaque <data> & more", claims.getClaim(DL + "data"));

    List<?> items = (List<?>) claims.getClaim(DL + "content_items");
    assertEquals(2, items.size());
    Map<?, ?> item = (Map<?, ?>) items.get(0);
    assertEquals("ltiResourceLink", item.get("type"));
    assertEquals("A mistake at the counter", item.get("title"));
    assertFalse(((String) item.get("text")).isBlank());
    assertEquals(ServerUnderTest.baseUrl() + "/lti/launch", item.get("url"));
    assertEquals(Map.of("module", "mistake-at-the-counter"), item.get("custom"));
    Map<?, ?> lineItem = (Map<?, ?>) item.get("lineItem");
    assertEquals(100L, ((Number) lineItem.get("scoreMaximum")).longValue());
    assertEquals("A mistake at the counter", lineItem.get("label"));
    assertEquals("mistake-at-the-counter", lineItem.get("resourceId"));
    assertEquals(Map.of("module", "trust-on-the-spot"), ((Map<?, ?>) items.get(1)).get("custom"));

    HttpResponse<String> again = answer(session, "mistake-at-the-counter");
    assertEquals(409, again.statusCode(), "a request is answered once");
  }

  @Test
  void aPlatformTakingOneItemGetsRadiosAndTwoItemsAreRefused() throws Exception {
    HttpResponse<String> chooser = deepLinkingLaunch(settings(false), IdTokens.INSTRUCTOR);
    assertEquals(200, chooser.statusCode(), chooser.body());
    assertTrue(choices(chooser.body()).stream().allMatch(c -> c[0].equals("radio")));
    String session = first(SESSION, chooser.body());

    HttpResponse<String> two = answer(session, "mistake-at-the-counter", "trust-on-the-spot");
    assertEquals(400, two.statusCode(), two.body());
    assertTrue(two.body().contains("choose only one"), two.body());
    assertFalse(two.body().contains("JWT"));

    HttpResponse<String> none = answer(session);
    assertEquals(400, none.statusCode());
    HttpResponse<String> unknown = answer(session, "no-such-module");
    assertEquals(400, unknown.statusCode());

    HttpResponse<String> one = answer(session, "trust-on-the-spot");
    assertEquals(200, one.statusCode(), one.body());
    List<?> items = (List<?>) verified(first(JWT, one.body())).getClaim(DL + "content_items");
    assertEquals(1, items.size());
  }

  @Test
  void onlyTrainersAndAdminsMayAnswer() {
    HttpResponse<String> learner = deepLinkingLaunch(settings(true), IdTokens.LEARNER);
    assertEquals(403, learner.statusCode(), learner.body());
    assertFalse(learner.body().contains("name=\"session\""));
    assertFalse(learner.body().contains("Exception"));

    HttpResponse<String> admin =
        deepLinkingLaunch(
            settings(true),
            "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Administrator");
    assertEquals(200, admin.statusCode(), admin.body());
  }

  @Test
  void aForgedOrMissingSessionIsRefused() {
    assertEquals(401, answer("not-a-session", "mistake-at-the-counter").statusCode());
    HttpResponse<String> none =
        post("/lti/deep-link/answer", Map.of("module", List.of("mistake-at-the-counter")));
    assertEquals(401, none.statusCode());
  }

  @Test
  void theChooserCannotBeOpenedWithoutALaunch() {
    HttpResponse<String> direct =
        post("/lti/deep-link/choose", Map.of("session", List.of("anything")));
    assertEquals(404, direct.statusCode());
  }

  @Test
  void aReturnUrlThatIsNotHttpIsRefusedAtLaunch() {
    Map<String, Object> bad = settings(true);
    bad.put("deep_link_return_url", "javascript:alert(1)");
    HttpResponse<String> refused = deepLinkingLaunch(bad, IdTokens.INSTRUCTOR);
    assertEquals(400, refused.statusCode());
    assertTrue(refused.body().contains("deep-linking-settings"), refused.body());
  }
}
