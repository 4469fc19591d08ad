package com.firstline.lti.devplatform;

import static org.junit.jupiter.api.Assertions.assertFalse;

import com.firstline.testing.BrowserTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * "Try as a manager" from the landing page runs the whole LTI flow in the browser (try-it form,
 * login, the development platform's auto-posted id_token, launch) and ends in the player.
 */
class TryItBrowserIT extends BrowserTest {

  @Test
  void tryAsAManagerOpensThePlayerThroughTheRealLaunch() {
    open("/");
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("try-it")));
    wait.until(d -> new Select(d.findElement(By.id("try-module"))).getOptions().size() > 1);
    assertAccessible("the landing page with the try-it form");

    new Select(browser.findElement(By.id("try-module"))).selectByValue("mistake-at-the-counter");
    browser.findElement(By.xpath("//button[normalize-space()='Try as a manager']")).click();

    wait.until(ExpectedConditions.urlContains("/play/"));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.tagName("h1"), "A mistake at the counter"));
    assertFalse(browser.getCurrentUrl().contains("session="), "token left in the URL");
    assertAccessible("the player after a try-it launch");
  }
}
