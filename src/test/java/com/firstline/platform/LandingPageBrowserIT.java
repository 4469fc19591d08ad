package com.firstline.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.firstline.testing.BrowserTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

class LandingPageBrowserIT extends BrowserTest {

  @Test
  void landingPageIsReadableAndAccessible() {
    open("/");
    assertEquals("Firstline — leadership lessons for new managers", browser.getTitle());
    assertTrue(browser.findElement(By.tagName("h1")).getText().contains("Lead your team first"));
    assertAccessible("the landing page");
    browser.manage().window().setSize(new Dimension(390, 844));
    assertAccessible("the landing page at 390 px");
    Object sideways =
        ((JavascriptExecutor) browser)
            .executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth;");
    assertEquals(false, sideways, "the landing page scrolls sideways at 390 px");
  }

  @Test
  void aMistypedAddressGetsAPageInTheProductsStyleAndTheApiAProblem() {
    open("/nope");
    assertEquals(
        "There is no page at this address", browser.findElement(By.tagName("h1")).getText());
    assertTrue(browser.findElement(By.cssSelector("a[href='/']")).isDisplayed());
    assertAccessible("the not-found page");
    browser.manage().window().setSize(new Dimension(390, 844));
    assertAccessible("the not-found page at 390 px");
    open("/api/nope");
    assertTrue(browser.getPageSource().contains("\"status\":404"), browser.getPageSource());
  }

  @Test
  void theTryItFormIsShownWhileTheDevelopmentPlatformIsOn() {
    open("/");
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("try-it")));
    wait.until(d -> new Select(d.findElement(By.id("try-module"))).getOptions().size() > 1);
    assertEquals("Module", browser.findElement(By.cssSelector("label[for=try-module]")).getText());
    assertEquals(3, browser.findElements(By.cssSelector("#try-it-form button[name=role]")).size());
    assertAccessible("the landing page with the try-it form");
  }

  @Test
  void firstTabReachesTheSkipLinkWhichMovesFocusToTheContent() {
    open("/");
    WebElement body = browser.findElement(By.tagName("body"));
    body.sendKeys(Keys.TAB);
    WebElement focused = browser.switchTo().activeElement();
    assertEquals("Skip to content", focused.getText());
    focused.sendKeys(Keys.ENTER);
    assertEquals("main", browser.switchTo().activeElement().getAttribute("id"));
  }
}
