package com.firstline.tracking;

import static com.firstline.tracking.TrackingFlow.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.firstline.lti.testplatform.IdTokens;
import com.firstline.lti.testplatform.Reply;
import com.firstline.testing.BrowserTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The trainer page as a trainer arrives from the LMS: the board and the deliveries as accessible
 * tables (scanned by axe-core), and a failed score retried from the keyboard.
 */
class TrainerPageBrowserIT extends BrowserTest {

  @Test
  void aTrainerSeesTheBoardAndRetriesAFailedScore() {
    try (TrackingFlow lms = TrackingFlow.start("trainer-page")) {
      String course = TrackingFlow.newCourse();
      String learner = "learner-" + UUID.randomUUID().toString().substring(0, 6);
      lms.services.setMembers(
          course,
          List.of(
              Map.of(
                  "user_id",
                  learner,
                  "name",
                  "Robin Manager",
                  "status",
                  "Active",
                  "roles",
                  List.of(IdTokens.LEARNER)),
              Map.of(
                  "user_id",
                  "idle-" + learner,
                  "name",
                  "Ida Le",
                  "status",
                  "Active",
                  "roles",
                  List.of(IdTokens.LEARNER))));
      String lineItem = lms.services.createLineItem(course, "link-1", "Lesson", 100);
      lms.services.nextScoreReplies(Reply.status(400, "{\"error\":\"gradebook locked\"}"));
      TrackingFlow.playToTheEnd(lms.learnerWithSubject(course, lineItem, learner));
      TrackingFlow.Session trainer = lms.instructor(course);
      await(
          "the failed delivery",
          () ->
              trainer
                  .call("GET", "/api/deliveries?moduleId=" + TrackingFlow.MODULE, null)
                  .body()
                  .contains("FAILED"));

      open("/trainer/?module=" + TrackingFlow.MODULE + "#session=" + trainer.token());
      WebElement board = waitFor(By.id("board-table"));
      assertFalse(browser.getCurrentUrl().contains("session="), "token left in the URL");
      assertTrue(board.findElement(By.tagName("caption")).getText().contains("A mistake"));
      assertEquals(5, board.findElements(By.cssSelector("thead th[scope=col]")).size());
      String text = board.getText();
      assertTrue(text.contains("Robin Manager") && text.contains("Ida Le"), text);
      assertTrue(text.contains("Not started"), text);
      assertTrue(text.contains("Passed") || text.contains("Completed, not passed"), text);
      WebElement deliveries = waitFor(By.id("deliveries-table"));
      assertTrue(deliveries.getText().contains("Failed"), deliveries.getText());
      assertTrue(deliveries.getText().contains("gradebook locked"), deliveries.getText());
      assertAccessible("the trainer page with a failed delivery");

      WebElement retry = deliveries.findElement(By.tagName("button"));
      retry.sendKeys(Keys.ENTER);
      new WebDriverWait(browser, Duration.ofSeconds(10))
          .until(d -> d.findElement(By.id("status")).getText().contains("will be sent again"));
      await("the score at the LMS", () -> lms.services.scores(course).size() == 1);
      assertAccessible("the trainer page after a retry");
    }
  }

  private WebElement waitFor(By locator) {
    return new WebDriverWait(browser, Duration.ofSeconds(15))
        .until(d -> d.findElements(locator).stream().findFirst().orElse(null));
  }
}
