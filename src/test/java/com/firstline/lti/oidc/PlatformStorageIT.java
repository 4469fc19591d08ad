package com.firstline.lti.oidc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.firstline.lti.LtiFlow;
import com.firstline.lti.testplatform.TestPlatform;
import com.firstline.testing.ServerUnderTest;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * How a launch proves it came back to the browser that began its login: the state cookie, or else
 * the state read back from the LMS's platform storage by the launch page; with neither, the launch
 * is refused, writes nothing, and offers the same login in a new window.
 */
class PlatformStorageIT {
  private static final String CLIENT = "storage-client";
  private static final String DEPLOYMENT = "storage-deployment";
  private static final Pattern NEXT = Pattern.compile("data-next=\"([^\"]+)\"");
  private static final Pattern FIELD =
      Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">");

  private static TestPlatform platform;

  @BeforeAll
  static void registerPlatform() {
    platform = TestPlatform.start("storage");
    LtiFlow.register(platform, CLIENT, DEPLOYMENT);
  }

  @AfterAll
  static void stopPlatform() {
    platform.close();
  }

  @Test
  void theLoginStoresTheStateWithThePlatformAndTheLaunchStillWorks() {
    Map<String, String> parameters = LtiFlow.loginParameters(platform, CLIENT);
    parameters.put("lti_storage_target", "post_message_forwarding");
    HttpResponse<String> page = LtiFlow.loginResponse(parameters);

    assertEquals(200, page.statusCode(), page.body());
    String html = page.body();
    assertTrue(html.contains("data-storage-target=\"post_message_forwarding\""), html);
    String authOrigin = platform.authUrl().substring(0, platform.authUrl().indexOf("/auth"));
    assertTrue(html.contains("data-platform-origin=\"" + authOrigin + "\""), html);
    assertTrue(html.contains("src=\"/js/lti/store-state.js\""));
    assertTrue(page.headers().firstValue("Set-Cookie").orElse("").startsWith("lti_state_"));

    Matcher next = NEXT.matcher(html);
    assertTrue(next.find());
    URI auth = URI.create(next.group(1).replace("&amp;", "&"));
    assertTrue(auth.toString().startsWith(platform.authUrl()), auth.toString());
    Map<String, String> query = LtiFlow.query(auth);
    assertTrue(html.contains("data-state=\"" + query.get("state") + "\""));

    HttpResponse<String> launched =
        LtiFlow.launch(
            platform.idToken(CLIENT, DEPLOYMENT, query.get("nonce")).serialize(),
            query.get("state"));
    assertEquals(302, launched.statusCode(), launched.body());
  }

  @Test
  void withoutTheCookieAStorageLoginsLaunchWaitsOnAPageThatChecksTheStateFirst() {
    Map<String, String> parameters = LtiFlow.loginParameters(platform, CLIENT);
    parameters.put("lti_storage_target", "post_message_forwarding");
    Matcher next = NEXT.matcher(LtiFlow.loginResponse(parameters).body());
    assertTrue(next.find());
    Map<String, String> query = LtiFlow.query(URI.create(next.group(1).replace("&amp;", "&")));

    HttpResponse<String> page =
        LtiFlow.launchWithoutCookie(
            platform.idToken(CLIENT, DEPLOYMENT, query.get("nonce")).serialize(),
            query.get("state"));

    assertEquals(200, page.statusCode(), page.body());
    String html = page.body();
    assertTrue(html.contains("data-storage-check"), html);
    assertTrue(html.contains("data-storage-target=\"post_message_forwarding\""), html);
    assertTrue(html.contains("data-state=\"" + query.get("state") + "\""), html);
    assertTrue(html.contains("data-next=\"/play/?module="), html);
    assertTrue(html.contains("#session="), "the player's address waits in the page");
    assertTrue(html.contains("src=\"/js/lti/check-state.js\""), html);
    assertTrue(html.contains("<form id=\"relaunch\""), html);
  }

  @Test
  void withNeitherCookieNorStorageNothingIsWrittenAndANewWindowIsOffered() {
    LtiFlow.Login login = LtiFlow.login(platform, CLIENT);
    int launchesBefore = LtiFlow.launches(platform.issuer());

    HttpResponse<String> refused =
        LtiFlow.launchWithoutCookie(
            platform.idToken(CLIENT, DEPLOYMENT, login.nonce()).serialize(), login.state());

    assertEquals(401, refused.statusCode(), refused.body());
    assertEquals(launchesBefore, LtiFlow.launches(platform.issuer()), "nothing recorded");
    String html = refused.body();
    assertTrue(html.contains("Firstline needs a new window"), html);
    assertTrue(
        html.contains(
            "<form id=\"relaunch\" method=\"post\" action=\"/lti/login\" target=\"_blank\">"),
        html);
    Map<String, String> relaunch = new LinkedHashMap<>();
    Matcher field = FIELD.matcher(html);
    while (field.find()) {
      relaunch.put(field.group(1), field.group(2).replace("&amp;", "&"));
    }
    assertEquals(LtiFlow.loginParameters(platform, CLIENT), relaunch);

    // The new window begins the same login again, and its launch brings the cookie back.
    LtiFlow.Login again = LtiFlow.login(relaunch);
    HttpResponse<String> launched =
        LtiFlow.launch(
            platform.idToken(CLIENT, DEPLOYMENT, again.nonce()).serialize(), again.state());
    assertEquals(302, launched.statusCode(), launched.body());
    assertEquals(launchesBefore + 1, LtiFlow.launches(platform.issuer()));
  }

  @Test
  void aLaunchWithoutTheCookieAsksMachinesForTheBrowserRuleByName() {
    LtiFlow.Login login = LtiFlow.login(platform, CLIENT);
    HttpResponse<String> refused =
        LtiFlow.launchWithoutCookieForMachines(
            platform.idToken(CLIENT, DEPLOYMENT, login.nonce()).serialize(), login.state());
    assertEquals(401, refused.statusCode());
    assertEquals("/problems/lti/browser", ServerUnderTest.json(refused).path("type").asText());
  }

  @Test
  void anUnsoundTokenIsRefusedForWhatIsWrongWithItBeforeAnyNewWindowIsOffered() {
    LtiFlow.Login login = LtiFlow.login(platform, CLIENT);
    String expired =
        platform
            .idToken(CLIENT, DEPLOYMENT, login.nonce())
            .issuedAt(Instant.now().minusSeconds(7200))
            .expiresAt(Instant.now().minusSeconds(3600))
            .serialize();
    HttpResponse<String> refused = LtiFlow.launchWithoutCookieForMachines(expired, login.state());
    assertEquals(401, refused.statusCode());
    assertEquals("/problems/lti/expiry", ServerUnderTest.json(refused).path("type").asText());
  }
}
