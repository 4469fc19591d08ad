package com.firstline.player;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.firstline.testing.BrowserTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The learner player, driven the way a keyboard user drives it: only Tab, Shift+Tab, Enter and
 * Space, never a mouse click. Every state the learner passes through is scanned by axe-core.
 */
class PlayerBrowserIT extends BrowserTest {
  private static final String MODULE = "mistake-at-the-counter";
  private static final String TOKEN_KEY = "firstline.session." + MODULE;

  @Test
  void aManagerPlaysFromIntroToEndingByKeyboardOnly() {
    signInThroughTheDevPage();

    // Intro: the module's own description, the session token gone from the address bar.
    awaitHeading("A mistake at the counter");
    assertFalse(browser.getCurrentUrl().contains("session="), "token left in the URL");
    assertTrue(view().getText().contains("About 10 minutes"));
    assertTrue(view().getText().contains("own the fix, so their confidence grows"));
    assertAccessible("the intro");
    tabTo("Begin");
    press(Keys.ENTER);

    // Scene 1, chosen with Enter.
    awaitHeading("Saturday, 9:10 am");
    assertHeadingHasFocus();
    assertTrue(view().getText().contains("Speaking: Helen Carr, regular customer"));
    assertEquals("Step 1 · about 0%", progressText());
    assertEquals(
        "What do you do?", browser.findElement(By.cssSelector("fieldset legend")).getText());
    assertAccessible("the first scene");
    int percent = progressPercent();
    tabTo("Step in beside Tomás");
    press(Keys.ENTER);

    awaitFeedback("Helen relaxes a little", "You looked after the customer and kept Tomás");
    assertAccessible("the feedback after the first choice");
    continueByKeyboard();

    // Scene 2, chosen with Space.
    awaitHeading("Saturday, 9:13 am");
    assertHeadingHasFocus();
    assertTrue(progressText().startsWith("Step 2 · about "), progressText());
    percent = assertProgressAdvancedFrom(percent);
    tabTo("Quietly tell him");
    press(Keys.SPACE);
    awaitFeedback("you can see his shoulders drop", "Specific encouragement");
    continueByKeyboard();

    // Scene 3: away from the wanted choice with Shift+Tab, back to it with Tab (the order is the
    // attempt's own, so the test finds the choice by its text, not its place).
    awaitHeading("Saturday, 9:40 am");
    assertHeadingHasFocus();
    percent = assertProgressAdvancedFrom(percent);
    tabTo("Ask him to sit with you");
    shiftTab();
    press(Keys.TAB);
    assertTrue(focused().getText().startsWith("Ask him to sit with you"), focused().getText());
    press(Keys.ENTER);
    awaitFeedback("follows you to the corner table", "A calm, private check-in");
    continueByKeyboard();

    // Scene 4 (trust was earned, so the open conversation).
    awaitHeading("Saturday, 9:45 am");
    assertHeadingHasFocus();
    assertProgressAdvancedFrom(percent);
    assertTrue(view().getText().contains("Speaking: Tomás Reyes, barista"));
    tabTo("Thank him, write up the allergen log");
    press(Keys.ENTER);
    awaitFeedback("Twenty minutes later the oat cartons", "He found the real cause");
    continueByKeyboard();

    // Ending: outcome, score against the passing mark, the path.
    awaitHeading("Tomás owns the fix");
    assertHeadingHasFocus();
    assertEquals("Finished · 100%", progressText());
    String ending = view().getText();
    assertTrue(ending.contains("Score 100 of 100 — passed (70 needed)"), ending);
    assertTrue(ending.contains("Passed"), ending);
    assertTrue(ending.contains("becomes a small win"), ending);
    List<WebElement> path = browser.findElements(By.cssSelector(".path-list > li"));
    assertEquals(4, path.size());
    assertTrue(path.get(0).getText().contains("You chose: Step in beside Tomás"));
    assertTrue(path.get(3).getText().contains("You chose: Thank him, write up the allergen log"));
    assertAccessible("the ending");

    tabTo("Step 1: Saturday, 9:10 am");
    press(Keys.ENTER);
    WebElement firstStep = path.get(0);
    await(d -> firstStep.getText().contains("Coaching"));
    assertTrue(firstStep.getText().contains("Helen relaxes a little"));
    assertAccessible("the ending with a step of the path open");

    // Reflection: typed, saved, confirmed in the status line.
    tabUntil(e -> "reflection-text".equals(e.getDomAttribute("id")), "the reflection box");
    press("Next time I will stand beside them, not in front of them.");
    tabTo("Save reflection");
    press(Keys.ENTER);
    WebElement status = browser.findElement(By.id("reflection-status"));
    await(d -> "Saved".equals(status.getText()));
    assertEquals("status", status.getDomAttribute("role"));
    assertAccessible("the ending after saving the reflection");

    // Take it again starts over at the intro.
    tabTo("Take it again");
    press(Keys.ENTER);
    awaitHeading("A mistake at the counter");
    assertHeadingHasFocus();
    tabTo("Begin");
  }

  @Test
  void aChoiceOvertakenElsewhereShowsTheAttemptAsItNowIsAndAReloadResumesIt() {
    signInThroughTheDevPage();
    awaitHeading("A mistake at the counter");
    tabTo("Begin");
    press(Keys.ENTER);
    awaitHeading("Saturday, 9:10 am");

    // Another tab takes a different choice first; this page's choice is then stale (409).
    Object taken =
        ((JavascriptExecutor) browser)
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "const headers = {'Content-Type': 'application/json',"
                    + " Authorization: 'Bearer ' + sessionStorage.getItem(arguments[0])};"
                    + "fetch('/api/attempts', {method: 'POST', headers,"
                    + "  body: JSON.stringify({moduleId: arguments[1], restart: false})})"
                    + ".then(r => r.json())"
                    + ".then(a => fetch('/api/attempts/' + a.id + '/choices', {method: 'POST',"
                    + "  headers, body: JSON.stringify({step: a.step, choiceId: 'take-over-bar'})}))"
                    + ".then(r => done(r.status), e => done(String(e)));",
                TOKEN_KEY,
                MODULE);
    assertEquals(200L, taken);

    tabTo("Step in beside Tomás");
    press(Keys.ENTER);
    // The page says the choice was not saved and shows the scene the attempt is at now.
    awaitHeading("Saturday, 9:14 am");
    assertTrue(focused().getText().contains("moved on in another tab"), focused().getText());
    assertEquals("inline-error", focused().getAttribute("id"));
    assertFalse(view().getText().contains("You chose"), view().getText());
    assertAccessible("a choice refused because another tab moved on");
    browser.manage().window().setSize(new Dimension(390, 844));
    assertAccessible("a choice refused because another tab moved on, at 390 px");
    browser.manage().window().setSize(new Dimension(1280, 900));

    // A reload keeps the session (sessionStorage) and resumes at the current scene.
    browser.navigate().refresh();
    awaitHeading("Saturday, 9:14 am");
    assertTrue(view().getText().contains("Welcome back"), view().getText());
    assertEquals("Step 2 · about 33%", progressText());
    assertAccessible("a resumed attempt");
  }

  @Test
  void aResourceCardOpensFromTheKeyboardAndTheChoiceOrderSurvivesAReload() {
    signInThroughTheDevPage();
    awaitHeading("A mistake at the counter");
    tabTo("Begin");
    press(Keys.ENTER);
    awaitHeading("Saturday, 9:10 am");

    // Closed cards under a labelled heading: the scene reads first.
    WebElement resources = browser.findElement(By.cssSelector("section.resources"));
    assertEquals("Facts at hand", resources.findElement(By.tagName("h2")).getText());
    List<WebElement> cards = resources.findElements(By.cssSelector("details.resource-card"));
    assertEquals(2, cards.size());
    assertTrue(cards.stream().noneMatch(card -> card.getDomAttribute("open") != null));
    assertFalse(view().getText().contains("allergen incident log"), "a closed card hides its text");
    assertAccessible("a scene with closed resource cards");

    tabTo("Allergen procedure");
    press(Keys.ENTER);
    await(d -> cards.get(0).getDomAttribute("open") != null);
    assertTrue(cards.get(0).getText().contains("allergen incident log"), cards.get(0).getText());
    assertAccessible("a scene with a resource card open");

    // The attempt's order of choices comes back the same when it is resumed after a reload.
    tabTo("Step in beside Tomás");
    press(Keys.ENTER);
    awaitFeedback("Helen relaxes a little", "You looked after the customer");
    continueByKeyboard();
    awaitHeading("Saturday, 9:13 am");
    List<String> order = choiceTexts();
    assertEquals(3, order.size(), order.toString());
    browser.navigate().refresh();
    awaitHeading("Saturday, 9:13 am");
    assertTrue(view().getText().contains("Welcome back"), view().getText());
    assertEquals(order, choiceTexts());
  }

  @Test
  void withoutASessionThePageSaysToOpenTheLessonFromTheLms() {
    open("/play/?module=" + MODULE);
    awaitHeading("Open this lesson from your LMS");
    assertAccessible("the player without a session");
  }

  @Test
  void atA320PixelWideWindowNothingScrollsSideways() {
    ((ChromeDriver) browser)
        .executeCdpCommand(
            "Emulation.setDeviceMetricsOverride",
            Map.of("width", 320, "height", 720, "deviceScaleFactor", 1, "mobile", true));
    open("/dev/");
    awaitModulesLoaded();
    assertNoHorizontalScroll("the dev sign-in page");
    signInThroughTheDevPage();
    awaitHeading("A mistake at the counter");
    assertEquals(320L, ((JavascriptExecutor) browser).executeScript("return window.innerWidth"));
    assertNoHorizontalScroll("the intro");

    browser.findElement(By.xpath("//button[.='Begin']")).sendKeys(Keys.ENTER);
    awaitHeading("Saturday, 9:10 am");
    assertNoHorizontalScroll("a scene");
    browser
        .findElement(By.xpath("//button[starts-with(normalize-space(), 'Step in beside Tomás')]"))
        .sendKeys(Keys.ENTER);
    awaitFeedback("Helen relaxes a little", "You looked after the customer");
    assertNoHorizontalScroll("the feedback");
    assertAccessible("the feedback at 320 px");
  }

  // ---- steps ----

  /** Signs in as a new manager (a fresh person each time) and opens the player on the module. */
  private void signInThroughTheDevPage() {
    open("/dev/");
    awaitModulesLoaded();
    assertAccessible("the dev sign-in page");
    tabUntil(e -> "name".equals(e.getDomAttribute("id")), "the name field");
    press(Keys.chord(Keys.CONTROL, "a"), "Manager " + UUID.randomUUID().toString().substring(0, 8));
    tabUntil(e -> "role".equals(e.getDomAttribute("id")), "the role list");
    assertEquals("MANAGER", new Select(focused()).getFirstSelectedOption().getDomProperty("value"));
    tabUntil(e -> "module".equals(e.getDomAttribute("id")), "the module list");
    Select modules = new Select(focused());
    press(Keys.HOME);
    for (int i = 0;
        i < 20 && !MODULE.equals(modules.getFirstSelectedOption().getDomProperty("value"));
        i++) {
      press(Keys.ARROW_DOWN);
    }
    assertEquals(MODULE, modules.getFirstSelectedOption().getDomProperty("value"));
    tabTo("Sign in and open the lesson");
    press(Keys.ENTER);
    await(d -> d.getCurrentUrl().contains("/play/"));
  }

  private List<String> choiceTexts() {
    return browser.findElements(By.cssSelector("button.choice")).stream()
        .map(WebElement::getText)
        .toList();
  }

  private void continueByKeyboard() {
    tabTo("Continue");
    press(Keys.ENTER);
  }

  private void awaitFeedback(String consequence, String coaching) {
    WebElement feedback = browser.findElement(By.id("feedback"));
    await(d -> feedback.getText().contains(consequence));
    assertEquals("polite", feedback.getDomAttribute("aria-live"));
    String text = feedback.getText();
    assertTrue(text.contains("What happened\n"), "the consequence is labelled in words: " + text);
    assertTrue(text.contains("Coaching\n"), "the coaching is labelled in words: " + text);
    assertTrue(text.contains(coaching), text);
    assertHeadingHasFocus();
  }

  // ---- keyboard ----

  private void press(CharSequence... keys) {
    new Actions(browser).sendKeys(keys).perform();
  }

  private void shiftTab() {
    new Actions(browser).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
  }

  private WebElement focused() {
    return browser.switchTo().activeElement();
  }

  private void tabTo(String textStart) {
    tabUntil(e -> e.getText().strip().startsWith(textStart), "\"" + textStart + "\"");
  }

  /** Presses Tab until the focused element is the one wanted; fails if it is never reached. */
  private void tabUntil(Predicate<WebElement> wanted, String what) {
    for (int i = 0; i < 40; i++) {
      press(Keys.TAB);
      if (wanted.test(focused())) {
        return;
      }
    }
    fail("Tab never reached " + what);
  }

  // ---- page ----

  private WebElement view() {
    return browser.findElement(By.id("view"));
  }

  private void awaitHeading(String text) {
    await(d -> d.findElements(By.tagName("h1")).stream().anyMatch(h -> text.equals(h.getText())));
    assertEquals(1, browser.findElements(By.tagName("h1")).size(), "one h1 per page");
  }

  private void awaitModulesLoaded() {
    await(d -> !d.findElements(By.cssSelector("#module option[value='" + MODULE + "']")).isEmpty());
  }

  private void assertHeadingHasFocus() {
    WebElement active = focused();
    assertEquals("h1", active.getTagName(), "focus is on " + active.getTagName());
    assertEquals(browser.findElement(By.tagName("h1")).getText(), active.getText());
  }

  private String progressText() {
    return browser.findElement(By.id("progress-text")).getText();
  }

  private int progressPercent() {
    return (int)
        Double.parseDouble(browser.findElement(By.id("progress-bar")).getDomProperty("value"));
  }

  private int assertProgressAdvancedFrom(int before) {
    int now = progressPercent();
    assertTrue(now > before, "progress went from " + before + "% to " + now + "%");
    return now;
  }

  private void assertNoHorizontalScroll(String state) {
    Object fits =
        ((JavascriptExecutor) browser)
            .executeScript(
                "const root = document.documentElement;"
                    + "return root.scrollWidth <= root.clientWidth;");
    assertEquals(Boolean.TRUE, fits, state + " scrolls sideways at 320 px");
  }

  private void await(Function<WebDriver, Boolean> what) {
    // The page re-renders its view, so an element found a moment ago may already be replaced.
    new WebDriverWait(browser, Duration.ofSeconds(15))
        .ignoring(StaleElementReferenceException.class)
        .until(what::apply);
  }
}
