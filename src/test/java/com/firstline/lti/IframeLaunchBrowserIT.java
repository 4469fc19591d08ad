package com.firstline.lti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.firstline.lti.testplatform.IdTokens;
import com.firstline.lti.testplatform.TestPlatform;
import com.firstline.testing.BrowserTest;
import com.firstline.testing.OtherOrigin;
import com.firstline.testing.ServerUnderTest;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A launch inside an LMS frame: a test LMS on 127.0.0.1 (another origin and another site than the
 * server's localhost) posts its course link into an iframe, answers our login from its own
 * authorization endpoint with an id_token for a new learner, and the player runs in the frame. The
 * browser refuses third-party cookies, so the login and launch prove the browser through the LMS's
 * platform storage instead of the state cookie, and the player works without cookies; axe scans the
 * course page with the player in its frame. A launch begun in another browser stops there. The
 * frame is allowed only because the LMS is registered (no frame-ancestors setting), and the module
 * picker renders in the LMS's "add content" frame the same way.
 */
class IframeLaunchBrowserIT extends BrowserTest {
  private static final String FRAME = "firstline";
  private static final String CLIENT = "iframe-client";
  private static final String DEPLOYMENT = "iframe-deployment";
  private static final String PICK = "pick-modules";

  private final TestPlatform platform = TestPlatform.start("iframe");
  private OtherOrigin lms;

  @BeforeEach
  void startLms() {
    lms =
        OtherOrigin.start()
            .page("/course", request -> coursePage("lti", true))
            .page("/forged", request -> forgedLinkPage())
            .page("/older-course", request -> coursePage("org.imsglobal.lti", false))
            .page("/pick-course", request -> pickCoursePage())
            .page("/auth", request -> authorizationAnswer(LtiFlow.query(request.getRequestURI())));
    Map<String, Object> registration = new LinkedHashMap<>();
    registration.put("issuer", platform.issuer());
    registration.put("clientId", CLIENT);
    registration.put("authUrl", lmsUrl() + "/auth");
    registration.put("tokenUrl", platform.tokenUrl());
    registration.put("jwksUrl", platform.jwksUrl());
    registration.put("deploymentIds", List.of(DEPLOYMENT));
    HttpResponse<String> created =
        LtiFlow.admin("POST", "/api/admin/lti/registrations", registration);
    assertEquals(201, created.statusCode(), created.body());
  }

  @AfterEach
  void stopLms() {
    lms.close();
    platform.close();
  }

  private String lmsUrl() {
    return lms.url();
  }

  /**
   * A course page whose link starts our login in its frame by a cross-site form post, offering its
   * own window as platform storage ({@code lti_storage_target=_parent}).
   */
  private String coursePage(String naming, boolean answersCapabilities) {
    Map<String, String> login = LtiFlow.loginParameters(platform, CLIENT);
    login.put("lti_deployment_id", DEPLOYMENT);
    login.put("lti_storage_target", "_parent");
    return lmsPage("/lti/login", login, "Open the lesson", naming, answersCapabilities);
  }

  /** The course's "add content" dialog: the same framed login, asking for the module picker. */
  private String pickCoursePage() {
    Map<String, String> login = LtiFlow.loginParameters(platform, CLIENT);
    login.put("lti_deployment_id", DEPLOYMENT);
    login.put("lti_storage_target", "_parent");
    login.put("lti_message_hint", PICK);
    return lmsPage("/lti/login", login, "Add content", "lti", true);
  }

  /**
   * Login CSRF: someone began a login in their own browser and posts its id_token and state into
   * this course page's frame, to sign this browser in as themselves. Their state is in their
   * browser's platform storage, not in this one.
   */
  private String forgedLinkPage() {
    Map<String, String> theirLogin = LtiFlow.loginParameters(platform, CLIENT);
    theirLogin.put("lti_deployment_id", DEPLOYMENT);
    theirLogin.put("lti_storage_target", "_parent");
    HttpResponse<String> page = LtiFlow.loginResponse(theirLogin);
    Matcher next = Pattern.compile("data-next=\"([^\"]+)\"").matcher(page.body());
    assertTrue(next.find(), page.body());
    Map<String, String> auth = LtiFlow.query(URI.create(next.group(1).replace("&amp;", "&")));
    Map<String, String> launch = new LinkedHashMap<>();
    launch.put("id_token", platform.idToken(CLIENT, DEPLOYMENT, auth.get("nonce")).serialize());
    launch.put("state", auth.get("state"));
    return lmsPage("/lti/launch", launch, "Open the lesson", "lti", true);
  }

  private String lmsPage(
      String path,
      Map<String, String> form,
      String button,
      String naming,
      boolean answersCapabilities) {
    StringBuilder fields = new StringBuilder();
    form.forEach(
        (name, value) ->
            fields.append("<input type=\"hidden\" name=\"" + name + "\" value=\"" + value + "\">"));
    return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<title>New managers course</title>"
        + platformStorageScript(naming, answersCapabilities)
        + "</head><body><main><h1>New managers course</h1>"
        + "<form method=\"post\" target=\""
        + FRAME
        + "\" action=\""
        + ServerUnderTest.baseUrl()
        + path
        + "\">"
        + fields
        + "<button type=\"submit\">"
        + button
        + "</button></form>"
        + "<iframe name=\""
        + FRAME
        + "\" title=\"Firstline lesson\" src=\"about:blank\" width=\"1000\" height=\"700\">"
        + "</iframe></main></body></html>";
  }

  /**
   * The LMS side of platform storage under one naming ({@code lti} or the older {@code
   * org.imsglobal.lti}): answers capabilities when it is asked to, keeps what the tool's origin
   * puts, and gives it back on get_data (an error for an unknown key).
   */
  private static String platformStorageScript(String naming, boolean answersCapabilities) {
    return "<script>const kept = new Map(); const tool = '"
        + ServerUnderTest.baseUrl()
        + "'; const n = '"
        + naming
        + "'; const capabilities = "
        + answersCapabilities
        + ";"
        + "window.addEventListener('message', (event) => {"
        + " const m = event.data || {}; if (event.origin !== tool) { return; }"
        + " const reply = (fields) => event.source.postMessage("
        + "   Object.assign({ subject: m.subject + '.response', message_id: m.message_id }, fields),"
        + "   event.origin);"
        + " if (m.subject === n + '.capabilities' && capabilities) {"
        + "   reply({ supported_messages: [{ subject: n + '.capabilities' },"
        + "   { subject: n + '.put_data' }, { subject: n + '.get_data' }] }); }"
        + " else if (m.subject === n + '.put_data') { kept.set(m.key, m.value);"
        + "   reply({ key: m.key, value: m.value }); }"
        + " else if (m.subject === n + '.get_data') { reply(kept.has(m.key)"
        + "   ? { key: m.key, value: kept.get(m.key) }"
        + "   : { key: m.key, error: { code: 'not_found', message: 'no such key' } }); }"
        + "});</script>";
  }

  /**
   * The LMS's OIDC authorization answer: an id_token for a new learner (so no other test's attempt
   * is resumed), form-posted with the state to the redirect_uri our login named. The test LMS may
   * use an inline script; only Firstline's pages live under its CSP.
   */
  private String authorizationAnswer(Map<String, String> request) {
    if (!(ServerUnderTest.baseUrl() + "/lti/launch").equals(request.get("redirect_uri"))) {
      return "<!DOCTYPE html><html lang=\"en\"><title>Refused</title><h1>Wrong redirect_uri</h1>";
    }
    IdTokens token = platform.idToken(CLIENT, DEPLOYMENT, request.get("nonce"));
    if (PICK.equals(request.get("lti_message_hint"))) {
      token =
          token
              .withLti("message_type", "LtiDeepLinkingRequest")
              .withoutLti("resource_link")
              .withoutLti("custom")
              .withRoles(IdTokens.INSTRUCTOR)
              .with(
                  "https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings",
                  Map.of(
                      "deep_link_return_url",
                      lmsUrl() + "/return",
                      "accept_types",
                      List.of("ltiResourceLink"),
                      "accept_presentation_document_targets",
                      List.of("iframe"),
                      "accept_multiple",
                      true));
    }
    String idToken = token.serialize();
    return "<!DOCTYPE html><html lang=\"en\"><head><title>Signing in</title></head><body>"
        + "<form method=\"post\" action=\""
        + request.get("redirect_uri")
        + "\"><input type=\"hidden\" name=\"id_token\" value=\""
        + idToken
        + "\"><input type=\"hidden\" name=\"state\" value=\""
        + request.get("state")
        + "\"></form><script>document.forms[0].submit();</script></body></html>";
  }

  @Test
  void aManagerLaunchedInACrossSiteFramePlaysAChoice() {
    blockThirdPartyCookies();
    browser.get(lmsUrl() + "/course");
    assertTrue(ServerUnderTest.baseUrl().startsWith("http://localhost:"), "a different site");
    browser.findElement(By.xpath("//button[.='Open the lesson']")).click();

    inFrame();
    awaitPlayerInFrame();
    assertEquals(
        Boolean.TRUE,
        ((JavascriptExecutor) browser).executeScript("return window.top !== window.self"),
        "the player runs framed");

    browser.findElement(By.xpath("//button[.='Begin']")).click();
    awaitHeading("Saturday, 9:10 am");
    browser
        .findElement(By.xpath("//button[starts-with(normalize-space(), 'Step in beside Tomás')]"))
        .click();
    await(d -> d.findElement(By.id("feedback")).getText().contains("Helen relaxes a little"));
    assertEquals(
        "",
        ((JavascriptExecutor) browser).executeScript("return document.cookie"),
        "the framed player has no cookies to rely on");

    browser.switchTo().defaultContent();
    assertAccessible("the course page with the player's feedback in its frame");
    inFrame();
    assertTrue(browser.findElement(By.id("feedback")).getText().contains("Coaching"));
  }

  /**
   * The LMS's content picker is a frame of its own page (Moodle's always is): framing follows the
   * registration, so Firstline's module picker renders there with no frame-ancestors setting.
   */
  @Test
  void theModulePickerRendersInTheLmsDialogFrame() {
    blockThirdPartyCookies();
    browser.get(lmsUrl() + "/pick-course");
    browser.findElement(By.xpath("//button[.='Add content']")).click();

    inFrame();
    await(d -> !d.findElements(By.cssSelector("input[name='module']")).isEmpty());
    Object frameUrl = ((JavascriptExecutor) browser).executeScript("return location.href");
    assertTrue(String.valueOf(frameUrl).startsWith(ServerUnderTest.baseUrl()), "" + frameUrl);
    browser.switchTo().defaultContent();
    assertAccessible("the LMS's dialog with Firstline's module picker in its frame");
  }

  @Test
  void anLmsThatOnlyKnowsTheOlderMessageNamesAndAnswersNoCapabilitiesStillWorks() {
    blockThirdPartyCookies();
    browser.get(lmsUrl() + "/older-course");
    browser.findElement(By.xpath("//button[.='Open the lesson']")).click();

    inFrame();
    awaitPlayerInFrame();
  }

  /** The player's intro in the frame, at the player's address, the session no longer in it. */
  private void awaitPlayerInFrame() {
    awaitHeading("A mistake at the counter");
    Object frameUrl = ((JavascriptExecutor) browser).executeScript("return location.href");
    assertTrue(
        String.valueOf(frameUrl).startsWith(ServerUnderTest.baseUrl() + "/play/"), "" + frameUrl);
    assertFalse(String.valueOf(frameUrl).contains("session="), "token left in the URL");
  }

  @Test
  void aLaunchSomeoneElseBeganStopsAtTheStateCheckInsteadOfSigningThisBrowserIn() {
    blockThirdPartyCookies();
    browser.get(lmsUrl() + "/forged");
    browser.findElement(By.xpath("//button[.='Open the lesson']")).click();

    inFrame();
    await(
        d ->
            d.findElement(By.id("storage-status"))
                .getText()
                .contains("could not confirm that this sign-in was started in this browser"));
    Object frameUrl = ((JavascriptExecutor) browser).executeScript("return location.href");
    assertEquals(ServerUnderTest.baseUrl() + "/lti/launch", String.valueOf(frameUrl));
    assertTrue(browser.findElement(By.id("relaunch")).isDisplayed());
    assertEquals(
        "Open Firstline in a new window",
        browser.switchTo().activeElement().getText(),
        "focus moves to the way out");
    assertAccessible("the refused state check in its frame");
  }

  /**
   * Chromium's own switch for what browsers are moving to: no cookies for a frame of another site.
   * The state cookie of our login is then never sent back, and the launch must not need it.
   */
  private void blockThirdPartyCookies() {
    ChromeDriver chrome = (ChromeDriver) browser;
    chrome.executeCdpCommand("Network.enable", Map.of());
    chrome.executeCdpCommand(
        "Network.setCookieControls",
        Map.of(
            "enableThirdPartyCookieRestriction", true,
            "disableThirdPartyCookieMetadata", true,
            "disableThirdPartyCookieHeuristics", true));
  }

  private void inFrame() {
    browser.switchTo().defaultContent();
    browser.switchTo().frame(FRAME);
  }

  private void awaitHeading(String text) {
    await(d -> d.findElements(By.tagName("h1")).stream().anyMatch(h -> text.equals(h.getText())));
  }

  private void await(java.util.function.Function<WebDriver, Boolean> what) {
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .ignoring(StaleElementReferenceException.class)
        // The frame navigates while it is read: Chromium then reports a node of the old document.
        .ignoring(WebDriverException.class)
        .until(what::apply);
  }
}
