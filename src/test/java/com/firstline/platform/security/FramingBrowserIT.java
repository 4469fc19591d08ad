package com.firstline.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.firstline.testing.BrowserTest;
import com.firstline.testing.OtherOrigin;
import com.firstline.testing.ServerUnderTest;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Clickjacking, tried in the browser: a page on another origin (127.0.0.1, no LMS registered there)
 * frames the API explorer, the landing page and a page of its own. Only its own page loads. Liberty
 * serves the API explorer with {@code X-Frame-Options: DENY} and a CSP of its own without {@code
 * frame-ancestors}; the browser enforces the former, which is what this test shows.
 */
class FramingBrowserIT extends BrowserTest {
  private OtherOrigin otherSite;

  @BeforeEach
  void startOtherSite() {
    otherSite =
        OtherOrigin.start()
            .page("/own", request -> page("<p id=own>Its own page</p>"))
            .page(
                "/frames",
                request ->
                    page(
                        "<iframe id=explorer src=\""
                            + ServerUnderTest.baseUrl()
                            + "/openapi/ui/\"></iframe>"
                            + "<iframe id=landing src=\""
                            + ServerUnderTest.baseUrl()
                            + "/\"></iframe>"
                            + "<iframe id=own src=\"/own\"></iframe>"));
  }

  @AfterEach
  void stopOtherSite() {
    otherSite.close();
  }

  @Test
  void anotherSiteCannotFrameTheApiExplorerOrTheLandingPage() {
    open("/openapi/ui/");
    assertTrue(
        browser.getPageSource().contains("swagger"), "the explorer itself opens at the top level");

    browser.get(otherSite.url() + "/frames");
    assertTrue(frameLocation("own").endsWith("/own"), "the other site's own frame loads");
    assertEquals("chrome-error://chromewebdata/", frameLocation("explorer"));
    assertEquals("chrome-error://chromewebdata/", frameLocation("landing"));
  }

  /**
   * Where the frame ended up once it has loaded (a refused frame shows the browser's error page).
   */
  private String frameLocation(String id) {
    return new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(
            driver -> {
              driver.switchTo().defaultContent();
              driver.switchTo().frame(driver.findElement(By.id(id)));
              JavascriptExecutor frame = (JavascriptExecutor) driver;
              String href = (String) frame.executeScript("return location.href");
              String state = (String) frame.executeScript("return document.readyState");
              driver.switchTo().defaultContent();
              return "complete".equals(state) && !"about:blank".equals(href) ? href : null;
            });
  }

  private static String page(String body) {
    return "<!doctype html><html lang=en><title>Another site</title>" + body;
  }
}
