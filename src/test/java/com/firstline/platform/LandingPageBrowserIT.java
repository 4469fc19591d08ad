package com.firstline.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.firstline.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

class LandingPageBrowserIT extends BrowserTest {

  @Test
  void landingPageIsReadableAndAccessible() {
    open("/");
    assertEquals("Firstline — leadership lessons for new managers", browser.getTitle());
    assertTrue(browser.findElement(By.tagName("h1")).getText().contains("Lead your team first"));
    assertAccessible("the landing page");
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
