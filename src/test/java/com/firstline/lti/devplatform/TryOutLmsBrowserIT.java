package com.firstline.lti.devplatform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.firstline.testing.BrowserTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The whole try-out as a fresh visitor lives it, in one browser: try as a manager and finish a
 * module; try as a trainer and find yourself on the board with no roster error and no refresh; see
 * the score in the development LMS's gradebook; add a module to the course through Firstline's
 * picker. Axe scans every state, the LMS page also at 390 px.
 */
class TryOutLmsBrowserIT extends BrowserTest {
  private static final String MODULE = "mistake-at-the-counter";

  private WebDriverWait waiting(int seconds) {
    return new WebDriverWait(browser, Duration.ofSeconds(seconds));
  }

  private void tryAs(String button) {
    open("/");
    waiting(20).until(ExpectedConditions.visibilityOfElementLocated(By.id("try-it")));
    waiting(20).until(d -> new Select(d.findElement(By.id("try-module"))).getOptions().size() > 1);
    new Select(browser.findElement(By.id("try-module"))).selectByValue(MODULE);
    browser.findElement(By.xpath("//button[normalize-space()='" + button + "']")).click();
  }

  @Test
  void aFreshVisitorPlaysThenSeesThemselvesAsTrainerAndTheScoreInTheGradebook() {
    tryAs("Try as a manager");
    waiting(20).until(ExpectedConditions.urlContains("/play/"));
    waiting(20)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.tagName("h1"), "A mistake at the counter"));
    assertFalse(
        browser.findElement(By.id("main")).getText().contains("Welcome back"),
        "a fresh browser is greeted as someone else");
    playToTheEnding();
    assertAccessible("the ending of a try-out");

    open("/lms/");
    waiting(20).until(d -> d.findElement(By.id("you")).getText().startsWith("You are Visitor "));
    String you = browser.findElement(By.id("you")).getText();
    String visitor = you.substring("You are ".length(), you.indexOf(','));

    tryAs("Try as a trainer");
    waiting(20).until(ExpectedConditions.urlContains("/trainer/"));
    WebElement board =
        waiting(20).until(ExpectedConditions.visibilityOfElementLocated(By.id("board-table")));
    // No "Refresh roster": the visitor's own launch put them on the course's roster.
    assertTrue(board.getText().contains(visitor), board.getText());
    String roster = browser.findElement(By.id("board-table")).getText();
    assertTrue(roster.contains("Priya Shah"), roster);
    assertEquals(
        "", browser.findElement(By.id("alert")).getText(), "the trainer page opens on an error");
    assertAccessible("the trainer's board in the sample course");
    browser.manage().window().setSize(new Dimension(390, 844));
    assertEquals(
        false,
        ((org.openqa.selenium.JavascriptExecutor) browser)
            .executeScript(
                "return document.documentElement.scrollWidth"
                    + " > document.documentElement.clientWidth;"),
        "the trainer page scrolls sideways at 390 px");
    assertAccessible("the trainer's board at 390 px");
    browser.manage().window().setSize(new Dimension(1280, 900));

    open("/lms/");
    waiting(30)
        .until(
            d -> {
              d.navigate().refresh();
              String gradebook = d.findElement(By.id("gradebook")).getText();
              return gradebook.contains(visitor) && gradebook.contains("FullyGraded");
            });
    String row =
        browser
            .findElement(By.xpath("//div[@id='gradebook']//tr[th[contains(., '(you)')]]"))
            .getText();
    assertTrue(row.matches("(?s).*\\d+ / \\d+ \\(FullyGraded\\).*"), row);
    assertAccessible("the development LMS's course page with a score");
    browser.manage().window().setSize(new Dimension(390, 844));
    assertAccessible("the development LMS's course page at 390 px");
  }

  @Test
  void aTrainerAddsAModuleToTheCourseThroughThePicker() {
    open("/lms/");
    waiting(20).until(ExpectedConditions.elementToBeClickable(By.id("add-modules"))).click();
    waiting(20).until(ExpectedConditions.presenceOfElementLocated(By.name("module")));
    assertAccessible("Firstline's module picker opened from the development LMS");
    browser.manage().window().setSize(new Dimension(390, 844));
    assertAccessible("Firstline's module picker at 390 px");
    browser.manage().window().setSize(new Dimension(1280, 900));
    browser.findElement(By.cssSelector("input[name='module'][value='trust-on-the-spot']")).click();
    browser.findElement(By.cssSelector("button[type='submit']")).click();

    waiting(20).until(ExpectedConditions.urlContains("/lms/?added=1"));
    WebElement links =
        waiting(20).until(ExpectedConditions.visibilityOfElementLocated(By.id("link-list")));
    assertTrue(links.getText().contains("module=trust-on-the-spot"), links.getText());
    assertEquals(
        "links-heading", browser.switchTo().activeElement().getAttribute("id"), "focus not moved");
    assertTrue(
        browser.findElement(By.id("added")).getText().contains("added 1 link"),
        browser.findElement(By.id("added")).getText());
    assertAccessible("the course page after adding a module");
    browser.manage().window().setSize(new Dimension(390, 844));
    assertAccessible("the course page after adding a module, at 390 px");
  }

  private void playToTheEnding() {
    browser.findElement(By.xpath("//button[normalize-space()='Begin']")).click();
    for (int step = 0; step < 20; step++) {
      waiting(20)
          .until(
              d ->
                  !d.findElements(By.cssSelector("button.choice")).isEmpty()
                      || !d.findElements(By.cssSelector("section.ending")).isEmpty());
      if (!browser.findElements(By.cssSelector("section.ending")).isEmpty()) {
        return;
      }
      browser.findElements(By.cssSelector("button.choice")).get(0).click();
      List<WebElement> next =
          waiting(20)
              .until(
                  d -> {
                    List<WebElement> continueButton =
                        d.findElements(By.xpath("//button[normalize-space()='Continue']"));
                    return continueButton.isEmpty() ? null : continueButton;
                  });
      next.get(0).click();
    }
    throw new AssertionError("no ending after 20 scenes");
  }
}
