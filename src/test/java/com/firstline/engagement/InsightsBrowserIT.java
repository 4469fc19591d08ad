package com.firstline.engagement;

import static com.firstline.testing.Api.expect;
import static com.firstline.testing.ServerUnderTest.send;
import static com.firstline.testing.ServerUnderTest.uri;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.firstline.testing.BrowserTest;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
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

    browser.findElement(By.id("sample-remove")).sendKeys(Keys.ENTER);
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "removed"));
  }
}
