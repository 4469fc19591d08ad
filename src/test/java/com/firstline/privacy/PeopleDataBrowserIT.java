package com.firstline.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.firstline.lti.LtiFlow;
import com.firstline.testing.BrowserTest;
import com.firstline.testing.TestDatabase;
import com.firstline.tracking.TrackingFlow;
import com.firstline.tracking.TrackingFlow.Session;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An admin exports a manager's data from the administration page, erases it after confirming, and
 * finds both in the admin actions; axe scans each state, at desktop width and at 390 px.
 */
class PeopleDataBrowserIT extends BrowserTest {

  @Test
  void anAdminExportsAndErasesAPersonInThePage() {
    try (TrackingFlow lms = TrackingFlow.start("people-page")) {
      String course = TrackingFlow.newCourse();
      Session manager =
          lms.learner(course, lms.services.createLineItem(course, "link-1", "Lesson", 100));
      TrackingFlow.playToTheEnd(manager);
      WebDriverWait waiting = new WebDriverWait(browser, Duration.ofSeconds(20));

      open("/admin/");
      waiting.until(ExpectedConditions.visibilityOfElementLocated(By.id("token-form")));
      browser.findElement(By.id("admin-token")).sendKeys(LtiFlow.ADMIN_TOKEN);
      browser.findElement(By.xpath("//button[normalize-space()='Sign in']")).click();
      waiting.until(ExpectedConditions.visibilityOfElementLocated(By.id("people-form")));

      browser.findElement(By.xpath("//button[normalize-space()='Export as JSON']")).click();
      waiting.until(ExpectedConditions.visibilityOfElementLocated(By.id("people-issuer-error")));
      assertTrue(
          browser.findElement(By.id("people-issuer-error")).getText().contains("required"),
          "an empty form names the missing issuer beside its field");
      assertEquals("people-issuer", browser.switchTo().activeElement().getAttribute("id"));
      assertAccessible("people's data: the missing issuer and subject told beside their fields");

      browser.findElement(By.id("people-issuer")).sendKeys(lms.platform.issuer());
      browser.findElement(By.id("people-subject")).sendKeys(manager.subject());
      browser.findElement(By.xpath("//button[normalize-space()='Export as JSON']")).click();
      waiting.until(d -> d.findElement(By.id("people-result")).getText().contains("attempts: 1"));
      assertAccessible("people's data: exported");

      browser.findElement(By.id("erase")).click();
      waiting.until(ExpectedConditions.visibilityOfElementLocated(By.id("erase-confirm")));
      assertEquals("erase-yes", browser.switchTo().activeElement().getAttribute("id"));
      assertAccessible("people's data: asked to confirm the erasure");
      browser.findElement(By.id("erase-yes")).click();
      waiting.until(d -> d.findElement(By.id("people-result")).getText().contains("erased"));
      assertTrue(
          browser.findElement(By.id("people-result")).getText().contains("stay there"),
          "the page says the LMS keeps the scores it was sent");
      assertEquals(
          0,
          TestDatabase.count(
              "SELECT COUNT(*) FROM person WHERE issuer = ? AND subject = ?",
              lms.platform.issuer(),
              manager.subject()));

      waiting.until(d -> d.findElement(By.id("audit")).getText().contains("person.erased"));
      assertTrue(browser.findElement(By.id("audit")).getText().contains("person.exported"));
      assertAccessible("people's data: erased, with the admin actions");
      browser.manage().window().setSize(new Dimension(390, 844));
      assertAccessible("people's data and admin actions at 390 px");
    }
  }
}
