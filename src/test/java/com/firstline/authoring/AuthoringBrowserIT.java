package com.firstline.authoring;

import static com.firstline.testing.Api.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.firstline.testing.Api;
import com.firstline.testing.BrowserTest;
import com.firstline.testing.ServerUnderTest;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A trainer authors a module in the browser: creates it, branches it, sees and fixes a dangling
 * choice, previews from a middle scene and publishes; managers keep the version they began while a
 * new one is published; the learners' figures show the choices the test's managers made. Every page
 * and state is scanned by axe-core.
 */
class AuthoringBrowserIT extends BrowserTest {
  private static final String HOSTILE =
      "<img src=x onerror=\"window.pwned=1\"><script>window.pwned=2</script>"
          + " [click](javascript:window.pwned=3) <b onmouseover=\"window.pwned=4\">b</b>";

  private Api trainer;

  private String signInAsTrainer() {
    trainer = Api.signIn("Trainer " + UUID.randomUUID(), "TRAINER");
    return trainer.token();
  }

  private WebElement waitFor(By locator) {
    return new WebDriverWait(browser, Duration.ofSeconds(15))
        .ignoring(StaleElementReferenceException.class)
        .until(
            d ->
                d.findElements(locator).stream()
                    .filter(WebElement::isDisplayed)
                    .findFirst()
                    .orElse(null));
  }

  private void waitForText(By locator, String text) {
    new WebDriverWait(browser, Duration.ofSeconds(15))
        .ignoring(StaleElementReferenceException.class)
        .withMessage(
            () ->
                "'"
                    + text
                    + "' in "
                    + locator
                    + ", which shows: "
                    + browser.findElements(locator).stream()
                        .map(WebElement::getText)
                        .findFirst()
                        .orElse("(nothing)")
                    + " / alert: "
                    + browser.findElement(By.id("alert")).getText())
        .until(d -> d.findElement(locator).getText().contains(text));
  }

  private void type(String controlId, String text) {
    WebElement control = waitFor(By.id(controlId));
    control.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    control.sendKeys(text);
  }

  private void click(By locator) {
    waitFor(locator).click();
  }

  private String createModuleInTheBrowser() {
    String id = "branching-" + UUID.randomUUID().toString().substring(0, 8);
    open("/author/#session=" + signInAsTrainer());
    waitFor(By.id("catalog-table"));
    assertAccessible("the authoring catalog");
    type("new-id", id);
    type("new-title", "Asking for help");
    click(By.cssSelector("#new-module button[type=submit]"));
    waitForText(By.id("page-heading"), "Asking for help");
    waitForText(By.id("problems"), "No problems");
    return id;
  }

  private JsonNode draft(String id) {
    return expect(200, trainer.get("/api/authoring/modules/" + id + "/draft"));
  }

  @Test
  void aTrainerCreatesBranchesFixesPreviewsAndPublishesWhileManagersKeepTheirVersion() {
    String id = createModuleInTheBrowser();
    waitFor(By.cssSelector("#graph canvas"));
    assertAccessible("the editor of a new module");

    // A second scene, reached by a second choice of the opening scene.
    click(By.id("add-scene"));
    type("f-nodes-2-text", "Sam asks *you* for help with an angry customer.");
    click(By.cssSelector("button[data-action=add-choice]"));
    type("f-nodes-2-choices-0-text", "Go over together.");
    type("f-nodes-2-choices-0-consequence", "Sam relaxes.");
    type("f-nodes-2-choices-0-coaching", "Standing beside Sam shows trust.");
    waitFor(By.cssSelector(".md-preview em"));

    click(By.cssSelector("#outline button[data-node=opening]"));
    waitForText(By.id("form-heading"), "opening");
    click(By.cssSelector("button[data-action=add-choice]"));
    type("f-nodes-0-choices-1-text", "Ask Sam what happened.");
    type("f-nodes-0-choices-1-consequence", "Sam explains.");
    type("f-nodes-0-choices-1-coaching", "Asking first keeps Sam in charge.");
    type("f-nodes-0-choices-1-next", "scene-9");
    waitForText(By.id("problems"), "scene-9");
    waitForText(By.id("outline"), "cannot be reached");
    assertAccessible("the editor showing a dangling choice");

    type("f-nodes-0-choices-1-next", "scene-1");
    waitForText(By.id("problems"), "No problems");
    assertTrue(browser.findElements(By.cssSelector("#outline .flag")).isEmpty());

    click(By.cssSelector("#outline button[data-node=scene-1]"));
    waitForText(By.id("form-heading"), "scene-1");
    click(By.cssSelector("button[data-action=preview-node]"));
    waitForText(By.id("preview"), "Sam asks you for help");
    assertAccessible("the preview from a middle scene");
    click(By.cssSelector("#preview button.choice"));
    waitForText(By.id("preview"), "How it ended");

    click(By.id("publish"));
    waitForText(By.id("save-state"), "Published as version 1");
    assertAccessible("the editor after publishing");

    // A manager starts on version 1 and is mid-attempt when version 2 is published.
    Api manager = Api.signIn("Manager " + UUID.randomUUID(), "MANAGER");
    JsonNode attempt = expect(200, manager.post("/api/attempts", "{\"moduleId\":\"" + id + "\"}"));
    assertEquals(1, attempt.path("version").asInt());
    long attemptId = attempt.path("id").asLong();
    attempt =
        expect(
            200,
            manager.post(
                "/api/attempts/" + attemptId + "/choices",
                "{\"step\":0,\"choiceId\":\"choice-2\"}"));

    JsonNode draft = draft(id);
    ObjectNode document = (ObjectNode) draft.path("document");
    ((ObjectNode) document.path("nodes").path(0))
        .put("text", "The queue is long, and Sam looks at you.");
    var saved =
        trainer.call(
            HttpRequest.newBuilder(ServerUnderTest.uri("/api/authoring/modules/" + id + "/draft"))
                .header("Content-Type", "application/json")
                .header("If-Match", "\"" + draft.path("revision").asInt() + "\"")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"document\":" + document + "}")));
    String etag = saved.headers().firstValue("ETag").orElseThrow();
    JsonNode v2 =
        expect(
            200,
            trainer.call(
                HttpRequest.newBuilder(
                        ServerUnderTest.uri("/api/authoring/modules/" + id + "/publish"))
                    .header("If-Match", etag)
                    .POST(HttpRequest.BodyPublishers.noBody())));
    assertEquals(2, v2.path("version").asInt());

    JsonNode finished =
        expect(
            200,
            manager.post(
                "/api/attempts/" + attemptId + "/choices",
                "{\"step\":1,\"choiceId\":\"choice-1\"}"));
    assertEquals("COMPLETED", finished.path("status").asString());
    assertEquals(1, finished.path("version").asInt(), "the manager finished on the version begun");

    // Six managers on version 2: three take the first response, two ask first, one stops at once.
    for (int i = 0; i < 6; i++) {
      Api next = Api.signIn("Manager " + UUID.randomUUID(), "MANAGER");
      JsonNode started = expect(200, next.post("/api/attempts", "{\"moduleId\":\"" + id + "\"}"));
      assertEquals(2, started.path("version").asInt());
      if (i < 5) {
        String choice = i < 3 ? "first-response" : "choice-2";
        expect(
            200,
            next.post(
                "/api/attempts/" + started.path("id").asLong() + "/choices",
                "{\"step\":0,\"choiceId\":\"" + choice + "\"}"));
      }
    }

    browser.navigate().refresh();
    waitForText(By.id("problems"), "No problems");
    click(By.id("show-learners"));
    new Select(waitFor(By.id("filter-version"))).selectByValue("2");
    click(By.cssSelector("#learners-filter button[type=submit]"));
    waitForText(By.id("learners-summary"), "6 attempts");
    String table = waitFor(By.id("learners-table")).getText();
    assertTrue(table.contains("first-response: 60% (3)"), table);
    assertTrue(table.contains("choice-2: 40% (2)"), table);
    assertTrue(waitFor(By.id("outline")).getText().contains("60% of choices here"));
    assertAccessible("the learners' figures");

    new Select(waitFor(By.id("filter-version"))).selectByValue("1");
    click(By.cssSelector("#learners-filter button[type=submit]"));
    waitForText(By.id("learners-summary"), "fewer than 5");
    assertTrue(
        browser.findElements(By.id("learners-table")).isEmpty(), "one attempt shows no figures");

    click(By.cssSelector("#diff-form button[type=submit]"));
    waitForText(By.id("diff"), "The queue is long");
    assertAccessible("the diff between versions");
  }

  @Test
  void aSecondTrainersSaveShowsTheConflictAndKeepsTheirOwnText() {
    String id = createModuleInTheBrowser();
    JsonNode draft = draft(id);
    ObjectNode document = (ObjectNode) draft.path("document");
    document.put("summary", "Summary saved by another trainer.");
    Api other = Api.signIn("Other trainer " + UUID.randomUUID(), "TRAINER");
    expect(
        200,
        other.call(
            HttpRequest.newBuilder(ServerUnderTest.uri("/api/authoring/modules/" + id + "/draft"))
                .header("Content-Type", "application/json")
                .header("If-Match", "\"" + draft.path("revision").asInt() + "\"")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"document\":" + document + "}"))));

    type("f-summary", "My own summary, typed in the browser.");
    WebElement conflict = waitFor(By.id("conflict"));
    assertTrue(
        conflict.getText().contains("Your text is still in your editor"), conflict.getText());
    assertAccessible("the editor showing a conflict");

    click(By.id("conflict-theirs"));
    assertEquals(
        "Summary saved by another trainer.", waitFor(By.id("f-summary")).getAttribute("value"));
    assertTrue(
        waitFor(By.id("conflict-mine-text"))
            .getAttribute("value")
            .contains("My own summary, typed in the browser."));
    assertAccessible("the editor with their version and mine kept");

    click(By.id("conflict-restore"));
    waitForText(By.id("save-state"), "Saved at");
    assertEquals(
        "My own summary, typed in the browser.",
        draft(id).path("document").path("summary").asString());
  }

  @Test
  void typingIsSavedEvenWhenThePageIsLeftAtOnce() {
    String id = createModuleInTheBrowser();
    type("f-title", "Saved on the way out");
    open("/author/");
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(
            d ->
                "Saved on the way out".equals(draft(id).path("document").path("title").asString()));
  }

  @Test
  void hostileTextInEveryFieldNeverRunsAndNeverReachesAPageAsMarkup() {
    String id = createModuleInTheBrowser();
    for (String field :
        new String[] {"f-title", "f-summary", "f-author", "f-tags", "f-objectives"}) {
      type(field, HOSTILE);
    }
    click(By.cssSelector("#outline button[data-node=opening]"));
    waitForText(By.id("form-heading"), "opening");
    for (String field :
        new String[] {
          "f-nodes-0-title",
          "f-nodes-0-speaker",
          "f-nodes-0-text",
          "f-nodes-0-media-src",
          "f-nodes-0-media-alt",
          "f-nodes-0-choices-0-text",
          "f-nodes-0-choices-0-consequence",
          "f-nodes-0-choices-0-coaching"
        }) {
      type(field, HOSTILE);
    }
    click(By.cssSelector("#outline button[data-node=ending]"));
    waitForText(By.id("form-heading"), "How it ended");
    for (String field :
        new String[] {"f-nodes-1-title", "f-nodes-1-debrief", "f-nodes-1-reflection"}) {
      type(field, HOSTILE);
    }
    waitForText(By.id("save-state"), "Saved at");
    waitFor(By.cssSelector("#problems li"));
    assertNoHostileMarkup("the editor");
    assertAccessible("the editor full of hostile text");

    click(By.id("preview-start"));
    waitFor(By.cssSelector("#preview .field-error"));
    assertNoHostileMarkup("the preview");

    open("/author/");
    waitFor(By.id("catalog-table"));
    assertTrue(
        browser.findElement(By.id("catalog-table")).getText().contains("<script>"), "as text");
    assertNoHostileMarkup("the catalog");
    assertEquals(
        422,
        trainer
            .call(
                HttpRequest.newBuilder(
                        ServerUnderTest.uri("/api/authoring/modules/" + id + "/publish"))
                    .header("If-Match", "\"" + draft(id).path("revision").asInt() + "\"")
                    .POST(HttpRequest.BodyPublishers.noBody()))
            .statusCode(),
        "hostile text is never published");
  }

  private void assertNoHostileMarkup(String where) {
    JavascriptExecutor js = (JavascriptExecutor) browser;
    assertNull(js.executeScript("return window.pwned === undefined ? null : window.pwned"), where);
    Object found =
        js.executeScript(
            "return [...document.querySelectorAll('img[src=x], script:not([src]), [onerror], [onmouseover], a[href^=javascript]')].length");
    assertEquals(0L, found, where);
  }
}
