package com.firstline.engagement;

import static com.firstline.testing.Api.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.firstline.lti.LtiFlow;
import com.firstline.lti.testplatform.IdTokens;
import com.firstline.lti.testplatform.TestPlatform;
import com.firstline.testing.Api;
import com.firstline.testing.BrowserTest;
import com.firstline.testing.ServerUnderTest;
import com.firstline.tracking.TrackingFlow;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

/**
 * The player's ending shows a manager the way to their own team's page only when the organisation
 * has turned managers' own-team view on and the manager is matched to a team; the link is reached
 * and followed with the keyboard, and the team page opens with the same session.
 */
class OwnTeamLinkBrowserIT extends BrowserTest {
  private static final String CLIENT = "own-team-link-client";
  private static final String DEPLOYMENT = "own-team-link-deployment";
  private static TestPlatform platform;

  private final String run = UUID.randomUUID().toString().substring(0, 8);
  private final Api admin = Api.signIn("own-team-link-admin-" + run, "ADMIN");

  @BeforeAll
  static void registerPlatform() {
    platform = TestPlatform.start("own-team-link");
    LtiFlow.register(platform, CLIENT, DEPLOYMENT);
  }

  @AfterAll
  static void stopPlatform() {
    platform.close();
  }

  @Test
  void theEndingLinksAMatchedManagerToTheirTeamOnlyWhenTurnedOn() {
    String employee = "LINK-" + run;
    expect(
        201,
        admin.post(
            "/api/engagement/org",
            "{\"asOf\":\"2025-01-01\",\"teams\":[{\"team_id\":\"LINKTEAM-"
                + run
                + "\",\"team_name\":\"Counter team\",\"manager_employee_id\":\""
                + employee
                + "\",\"headcount\":9}]}"));
    importSurvey(
        "survey,wave_date,team_id,invited,responded,engagement\n"
            + ("link-" + run + ",2025-03-01,LINKTEAM-" + run + ",9,9,61.5\n")
            + ("link-" + run + ",2025-06-01,LINKTEAM-" + run + ",9,8,66.0\n"));
    String manager = launch(employee);
    String stranger = launch("NOBODY-" + run);
    TrackingFlow.playToTheEnd(new TrackingFlow.Session(token(manager), null));

    try {
      setOwnTeamView(false);
      open(manager);
      awaitEndingChecked();
      assertTrue(browser.findElements(By.cssSelector("a.own-team-link")).isEmpty(), "off: no link");
      assertFalse(browser.findElement(By.id("own-team")).isDisplayed());

      setOwnTeamView(true);
      assertTrue(available(manager));
      assertFalse(available(stranger), "a manager matched to no team is not offered an empty page");
      // A new page load (only the address's fragment would differ, which reloads nothing).
      browser.get("about:blank");
      open(manager);
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
      WebElement link =
          wait.until(
              ExpectedConditions.visibilityOfElementLocated(By.cssSelector("a.own-team-link")));
      assertEquals("See your team's engagement", link.getText());
      assertAccessible("the ending offering the manager's own team");

      // Reached with Tab from the control just before it, followed with Enter.
      browser
          .findElement(By.xpath("//button[normalize-space()='Save my plan']"))
          .sendKeys(Keys.TAB);
      assertEquals(
          link, browser.switchTo().activeElement(), "Tab from the plan's button reaches the link");
      browser.switchTo().activeElement().sendKeys(Keys.ENTER);
      wait.until(ExpectedConditions.urlContains("/insights/team.html"));
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("team-view")));
      assertTrue(
          browser.findElement(By.id("alert")).getText().isBlank(),
          browser.findElement(By.id("alert")).getText());
      assertFalse(browser.getCurrentUrl().contains("session="), "the token leaves the address bar");
    } finally {
      setOwnTeamView(false);
    }
  }

  /** A learner's launch carrying this employee id; answers the player address it opened. */
  private static String launch(String employeeId) {
    LtiFlow.Login login = LtiFlow.login(platform, CLIENT);
    IdTokens token =
        platform
            .idToken(CLIENT, DEPLOYMENT, login.nonce())
            .withLti(
                "custom", Map.of("module", IdTokens.DEFAULT_MODULE, "employee_id", employeeId));
    HttpResponse<String> launched = LtiFlow.launch(token.serialize(), login.state());
    assertEquals(302, launched.statusCode(), launched.body());
    String location = launched.headers().firstValue("Location").orElseThrow();
    return location.substring(location.indexOf("/play/"));
  }

  private static String token(String playerAddress) {
    return playerAddress.substring(playerAddress.indexOf("#session=") + 9);
  }

  private static boolean available(String playerAddress) {
    return expect(200, Api.withToken(token(playerAddress)).get("/api/engagement/me/available"))
        .path("available")
        .asBoolean();
  }

  /** The ending is on screen and the player has had the server's answer about the team page. */
  private void awaitEndingChecked() {
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("own-team")));
    wait.until(
        d ->
            (Boolean)
                ((JavascriptExecutor) d)
                    .executeScript(
                        "return performance.getEntriesByType('resource').some(e =>"
                            + " e.name.endsWith('/api/engagement/me/available') && e.responseEnd"
                            + " > 0);"));
    // The answer is handled as soon as it has arrived; give the page's promise a moment to run.
    wait.until(
        d ->
            (Boolean)
                ((JavascriptExecutor) d)
                    .executeAsyncScript(
                        "const done = arguments[arguments.length - 1]; setTimeout(() =>"
                            + " done(true), 300);"));
  }

  private void importSurvey(String csv) {
    long id =
        expect(
                202,
                admin.call(
                    HttpRequest.newBuilder(
                            ServerUnderTest.uri("/api/engagement/imports?kind=survey"))
                        .header("Content-Type", "text/csv")
                        .POST(HttpRequest.BodyPublishers.ofString(csv))))
            .path("id")
            .asLong();
    TrackingFlow.await(
        "the survey import",
        () ->
            !"running"
                .equals(
                    expect(200, admin.get("/api/engagement/imports/" + id))
                        .path("status")
                        .asString()));
    assertEquals(
        "done", expect(200, admin.get("/api/engagement/imports/" + id)).path("status").asString());
  }

  private void setOwnTeamView(boolean on) {
    JsonNode settings =
        expect(200, admin.put("/api/engagement/settings", "{\"managersSeeOwnTeam\":" + on + "}"));
    assertEquals(on, settings.path("managersSeeOwnTeam").asBoolean());
  }
}
