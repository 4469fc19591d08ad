package com.firstline.lti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.firstline.lti.testplatform.TestPlatform;
import com.firstline.testing.BrowserTest;
import com.firstline.testing.ServerUnderTest;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A launch inside an LMS frame: a test LMS on 127.0.0.1 (another origin and another site than the
 * server's localhost) posts its course link into an iframe, answers our login from its own
 * authorization endpoint with an id_token for a new learner, and the player runs in the frame. The
 * browser refuses third-party cookies, so the login, launch and player must work without them; axe
 * scans the course page with the player in its frame.
 */
class IframeLaunchBrowserIT extends BrowserTest {
  private static final String FRAME = "firstline";
  private static final String CLIENT = "iframe-client";
  private static final String DEPLOYMENT = "iframe-deployment";

  private final TestPlatform platform = TestPlatform.start("iframe");
  private HttpServer lms;

  @BeforeEach
  void startLms() {
    try {
      lms =
          HttpServer.create(
              new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    lms.createContext("/course", exchange -> answer(exchange, coursePage()));
    lms.createContext(
        "/auth",
        exchange -> answer(exchange, authorizationAnswer(LtiFlow.query(exchange.getRequestURI()))));
    lms.start();
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
    lms.stop(0);
    platform.close();
  }

  private String lmsUrl() {
    return "http://127.0.0.1:" + lms.getAddress().getPort();
  }

  private static void answer(HttpExchange exchange, String html) throws IOException {
    byte[] page = html.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
    exchange.sendResponseHeaders(200, page.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(page);
    }
  }

  /** A course page whose link starts our login in its frame by a cross-site form post. */
  private String coursePage() {
    Map<String, String> login = LtiFlow.loginParameters(platform, CLIENT);
    login.put("lti_deployment_id", DEPLOYMENT);
    StringBuilder fields = new StringBuilder();
    login.forEach(
        (name, value) ->
            fields.append("<input type=\"hidden\" name=\"" + name + "\" value=\"" + value + "\">"));
    return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<title>New managers course</title></head><body><main><h1>New managers course</h1>"
        + "<form method=\"post\" target=\""
        + FRAME
        + "\" action=\""
        + ServerUnderTest.baseUrl()
        + "/lti/login\">"
        + fields
        + "<button type=\"submit\">Open the lesson</button></form>"
        + "<iframe name=\""
        + FRAME
        + "\" title=\"Firstline lesson\" src=\"about:blank\" width=\"1000\" height=\"700\">"
        + "</iframe></main></body></html>";
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
    String idToken = platform.idToken(CLIENT, DEPLOYMENT, request.get("nonce")).serialize();
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
    awaitHeading("A mistake at the counter");
    Object frameUrl = ((JavascriptExecutor) browser).executeScript("return location.href");
    assertTrue(
        String.valueOf(frameUrl).startsWith(ServerUnderTest.baseUrl() + "/play/"), "" + frameUrl);
    assertFalse(String.valueOf(frameUrl).contains("session="), "token left in the URL");
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
        .until(what::apply);
  }
}
