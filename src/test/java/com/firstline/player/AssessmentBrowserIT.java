package com.firstline.player;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.firstline.lti.testplatform.IdTokens;
import com.firstline.testing.BrowserTest;
import com.firstline.tracking.TrackingFlow;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A module played from a course link with {@code mode=assessment}, at desktop width and on a 390 px
 * phone: no coaching until the ending, a resource card opened on the way, the walk back through
 * every choice with its coaching, the action plan (refused empty, then saved), and that plan shown
 * back at the start of the next module. Controls are worked with the keyboard (Enter on the focused
 * control) and axe-core scans every state.
 */
class AssessmentBrowserIT extends BrowserTest {
  private static final String MODULE = TrackingFlow.MODULE;

  @Test
  void anAssessmentAtDesktopWidth() {
    playAnAssessment("desktop");
  }

  @Test
  void anAssessmentOnA390PixelPhone() {
    ((ChromeDriver) browser)
        .executeCdpCommand(
            "Emulation.setDeviceMetricsOverride",
            Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
    playAnAssessment("390 px");
  }

  private void playAnAssessment(String width) {
    try (TrackingFlow lms = TrackingFlow.start("assessment-browser")) {
      String course = TrackingFlow.newCourse();
      String subject = "assessed-" + UUID.randomUUID().toString().substring(0, 8);
      TrackingFlow.Session session =
          lms.launch(
              new TrackingFlow.Link(course, "link-1", MODULE),
              null,
              IdTokens.LEARNER,
              subject,
              "assessment");
      open("/play/?module=" + MODULE + "#session=" + session.token());

      awaitHeading("A mistake at the counter");
      assertTrue(view().getText().contains("This is an assessment"), view().getText());
      assertAccessible("an assessment's intro at " + width);
      activate(button("Begin"));

      // The first scene, with its resource cards, opened from the keyboard.
      awaitHeading("Saturday, 9:10 am");
      WebElement card = browser.findElement(By.cssSelector("details.resource-card summary"));
      activate(card);
      await(
          d ->
              d.findElement(By.cssSelector("details.resource-card")).getDomAttribute("open")
                  != null);
      assertAccessible("a scene with a resource card open at " + width);

      // Each choice: what happened is told, the coaching is not.
      int choices = 0;
      while (browser.findElements(By.cssSelector("section.ending")).isEmpty()) {
        assertTrue(choices < 12, "the module should end");
        activate(browser.findElements(By.cssSelector("button.choice")).get(0));
        choices++;
        await(d -> d.findElement(By.id("feedback")).getText().contains("What happened"));
        String feedback = browser.findElement(By.id("feedback")).getText();
        assertFalse(feedback.contains("Coaching\n"), feedback);
        assertTrue(feedback.contains("the coaching on this choice comes at the end"), feedback);
        if (choices == 1) {
          assertAccessible("an assessment's feedback without coaching at " + width);
        }
        activate(button("Continue"));
        await(
            d ->
                !d.findElements(By.cssSelector("section.ending")).isEmpty()
                    || !d.findElements(By.cssSelector("button.choice")).isEmpty());
      }

      // The ending, then the walk back, one choice at a time.
      assertAccessible("an assessment's ending at " + width);
      activate(button("Walk back through your choices"));
      int made = choices;
      for (int step = 1; step <= made; step++) {
        int shown = step;
        await(
            d ->
                d.findElement(By.cssSelector(".review .eyebrow"))
                    .getText()
                    .equals("Walking back · choice " + shown + " of " + made));
        assertEquals("h1", browser.switchTo().activeElement().getTagName(), "focus on the heading");
        String review = view().getText();
        assertTrue(review.contains("You chose: "), review);
        assertTrue(review.contains("Coaching\n"), review);
        if (step == 1) {
          assertAccessible("the walk back at " + width);
        }
        activate(button(step == made ? "Back to your outcome" : "Next choice"));
      }

      // The action plan: refused empty beside its field, then saved.
      await(d -> !d.findElements(By.id("plan-text")).isEmpty());
      activate(button("Save my plan"));
      WebElement error = browser.findElement(By.id("plan-error"));
      await(d -> error.isDisplayed());
      assertTrue(error.getText().contains("Write one thing"), error.getText());
      assertEquals("plan-text", browser.switchTo().activeElement().getDomAttribute("id"));
      assertAccessible("an empty action plan refused at " + width);
      String plan = "Stand beside Tomás at the next rush and ask before I step in.";
      browser.findElement(By.id("plan-text")).sendKeys(plan);
      assertTrue(
          browser.findElement(By.id("plan-count")).getText().startsWith(plan.length() + " of 500"));
      activate(button("Save my plan"));
      await(d -> d.findElement(By.id("plan-status")).getText().startsWith("Saved."));
      assertAccessible("a saved action plan at " + width);

      // The next module of the course opens with it.
      TrackingFlow.Session next =
          lms.launch(
              new TrackingFlow.Link(course, "link-2", "trust-on-the-spot"),
              null,
              IdTokens.LEARNER,
              subject);
      open("/play/?module=trust-on-the-spot#session=" + next.token());
      await(d -> d.findElements(By.cssSelector(".previous-plan")).size() == 1);
      String previous = browser.findElement(By.cssSelector(".previous-plan")).getText();
      assertTrue(previous.contains("Last time you planned: “" + plan + "”"), previous);
      assertTrue(previous.contains("How did it go?"), previous);
      assertNoHorizontalScroll(width);
      assertAccessible("the next module's intro with last time's plan at " + width);

      // The trainer's board counts the plan and does not quote it.
      lms.services.setMembers(course, List.of(TrackingFlow.learnerMember(subject, "Ash Essed")));
      open("/trainer/?module=" + MODULE + "#session=" + lms.instructor(course).token());
      await(d -> d.findElement(By.id("board-meta")).getText().contains("1 action plan written"));
      assertFalse(
          browser.getPageSource().contains("ask before I step in"), "the plan stays private");
      assertAccessible("the trainer's board with the count of plans at " + width);
    }
  }

  private void activate(WebElement control) {
    control.sendKeys(Keys.ENTER);
  }

  private WebElement button(String text) {
    await(
        d ->
            d.findElements(By.tagName("button")).stream()
                .anyMatch(b -> b.getText().strip().equals(text) && b.isEnabled()));
    List<WebElement> buttons = browser.findElements(By.tagName("button"));
    return buttons.stream().filter(b -> b.getText().strip().equals(text)).findFirst().orElseThrow();
  }

  private WebElement view() {
    return browser.findElement(By.id("view"));
  }

  private void awaitHeading(String text) {
    await(d -> d.findElements(By.tagName("h1")).stream().anyMatch(h -> text.equals(h.getText())));
  }

  private void assertNoHorizontalScroll(String width) {
    Object fits =
        ((JavascriptExecutor) browser)
            .executeScript(
                "const root = document.documentElement;"
                    + "return root.scrollWidth <= root.clientWidth;");
    assertEquals(Boolean.TRUE, fits, "the page scrolls sideways at " + width);
  }

  private void await(Function<WebDriver, Boolean> what) {
    new WebDriverWait(browser, Duration.ofSeconds(15))
        .ignoring(StaleElementReferenceException.class)
        .until(what::apply);
  }
}
