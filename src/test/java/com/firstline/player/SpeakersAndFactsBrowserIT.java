package com.firstline.player;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.firstline.testing.BrowserTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The first scene of a shipped module as a manager trying it from the landing page sees it: the
 * speaker's portrait drawn (not a broken image) with its description as alt text, and the facts at
 * hand opened to the card's own text, each state scanned by axe-core.
 */
class SpeakersAndFactsBrowserIT extends BrowserTest {

  @Test
  void theAirportCheckInModuleOpensWithTheStationManagerAndTheRota() {
    begin("before-the-extra-mile");
    assertPortrait("Drawing of Moira Penhaligon");
    openCard("Friday's early shift and the rostering agreement", "At least 11 hours off");
    assertAccessible("the check-in module's first scene with the rota open");
  }

  @Test
  void theDeliveryModuleOpensWithLuciaAndRiversidesFigures() {
    begin("listening-to-the-front-line");
    assertPortrait("Drawing of Lucía Fernández");
    openCard("Riverside Estate: last month's figures from regional", "no access to the building");
    assertAccessible("the delivery module's first scene with the figures open");
  }

  private WebDriverWait waiting() {
    return new WebDriverWait(browser, Duration.ofSeconds(20));
  }

  private void begin(String moduleId) {
    open("/");
    waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("try-it")));
    waiting().until(d -> new Select(d.findElement(By.id("try-module"))).getOptions().size() > 1);
    new Select(browser.findElement(By.id("try-module"))).selectByValue(moduleId);
    browser.findElement(By.xpath("//button[normalize-space()='Try as a manager']")).click();
    waiting()
        .until(
            ExpectedConditions.elementToBeClickable(
                By.xpath("//button[normalize-space()='Begin']")))
        .click();
    waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.choice")));
  }

  private void assertPortrait(String altStart) {
    WebElement portrait =
        waiting()
            .until(
                ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector(".speaker-card img.portrait")));
    assertTrue(
        portrait.getDomAttribute("alt").startsWith(altStart), portrait.getDomAttribute("alt"));
    waiting()
        .until(
            d ->
                Boolean.TRUE.equals(
                    ((JavascriptExecutor) d)
                        .executeScript(
                            "return arguments[0].complete && arguments[0].naturalWidth > 0;",
                            portrait)));
  }

  private void openCard(String title, String textInside) {
    WebElement card =
        browser.findElement(
            By.xpath(
                "//details[contains(@class,'resource-card')][summary[normalize-space()=\""
                    + title
                    + "\"]]"));
    assertTrue(!card.getText().contains(textInside), "a closed card hides its text");
    card.findElement(By.tagName("summary")).click();
    waiting().until(d -> card.getDomAttribute("open") != null);
    assertTrue(card.getText().contains(textInside), card.getText());
    assertEquals(1, browser.findElements(By.cssSelector("section.resources h2")).size());
  }
}
