package com.firstline.engagement;

import static com.firstline.testing.Api.expect;
import static com.firstline.testing.ServerUnderTest.send;
import static com.firstline.testing.ServerUnderTest.uri;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.firstline.testing.Api;
import com.firstline.testing.BrowserTest;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An admin fills Insights with the sample organisation by keyboard, and the page stays axe-clean.
 */
class InsightsBrowserIT extends BrowserTest {
  @Test
  void anAdminLoadsTheSampleAndReadsTheProgramEffect() {
    String token =
        expect(
                200,
                send(
                    HttpRequest.newBuilder(uri("/api/dev/sign-in"))
                        .header("Content-Type", "application/json")
                        .POST(
                            HttpRequest.BodyPublishers.ofString(
                                "{\"name\":\"insights-"
                                    + UUID.randomUUID().toString().substring(0, 6)
                                    + "\",\"role\":\"ADMIN\"}"))
                        .build()))
            .path("token")
            .asString();
    open("/insights/#session=" + token);
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("sample-state"), "sample"));
    assertAccessible("Insights before the sample");

    WebElement load = browser.findElement(By.id("sample-load"));
    load.sendKeys(Keys.ENTER);
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Sample loaded"));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("event-table"), "Waves from completion"));
    String summary = browser.findElement(By.id("program-summary")).getText();
    assertTrue(summary.contains("95% interval"), summary);
    assertFalse(browser.findElement(By.id("caveats")).getText().isBlank());
    assertAccessible("Insights with the sample organisation");

    // Every completion of a manager is marked on the chart and listed in the table beside it.
    for (int n = 1; n <= 12; n++) {
      WebElement key = browser.findElement(By.id("manager-key"));
      key.clear();
      String manager = String.format("id:SAMPLE-E%03d", n);
      key.sendKeys(manager, Keys.ENTER);
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("manager-table"), "Waves and completions of " + manager));
      List<WebElement> completions =
          browser.findElements(By.cssSelector("#manager-completions tbody tr"));
      if (completions.isEmpty()) {
        continue;
      }
      Number marks =
          (Number)
              ((JavascriptExecutor) browser)
                  .executeScript(
                      "const c = Chart.getChart('manager-chart');"
                          + " return c.data.datasets.slice(2)"
                          + ".flatMap(d => d.data).filter(v => v !== null).length;");
      assertEquals(completions.size(), marks.intValue(), "one mark per completion date");
      String table = browser.findElement(By.id("manager-table")).getText();
      assertTrue(table.contains("(imported)"), "sample completions are imported: " + table);
      break;
    }

    // An admin turns managers' own-team view on and off again with the keyboard.
    WebElement ownTeam = browser.findElement(By.id("own-team-setting"));
    assertFalse(ownTeam.isSelected());
    ownTeam.sendKeys(Keys.SPACE);
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "can now see"));
    ownTeam.sendKeys(Keys.SPACE);
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "no longer see"));
    assertFalse(browser.findElement(By.id("own-team-setting")).isSelected());

    browser.findElement(By.id("sample-remove")).sendKeys(Keys.ENTER);
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "removed"));
  }

  @Test
  void aManagersTeamPageSaysSoWhenTheViewIsOff() {
    open(
        "/insights/team.html#session="
            + Api.signIn("team-page-" + UUID.randomUUID(), "MANAGER").token());
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("alert"), "not turned on"));
    assertFalse(browser.findElement(By.id("team-view")).isDisplayed());
    assertAccessible("A manager's team page, turned off");
  }
}
