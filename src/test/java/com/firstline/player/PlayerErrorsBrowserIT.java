package com.firstline.player;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.firstline.testing.BrowserTest;
import com.firstline.testing.ServerUnderTest;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

/**
 * Errors never hide, on a phone-sized window (390 px): a choice that cannot be sent is told under
 * the choices with focus on the message, in view; a reload on feedback shows that feedback again;
 * the reflection box counts towards its limit, a reflection over it is refused under the box, and
 * the server refuses the same length with a message that names the limit.
 */
class PlayerErrorsBrowserIT extends BrowserTest {
  private static final String MODULE = "mistake-at-the-counter";

  private WebDriverWait waiting() {
    return new WebDriverWait(browser, Duration.ofSeconds(20));
  }

  private Object script(String code, Object... arguments) {
    return ((JavascriptExecutor) browser).executeScript(code, arguments);
  }

  private void assertInViewAndFocused(WebElement element, String what) {
    assertEquals(element, browser.switchTo().activeElement(), what + " does not have the focus");
    Object inView =
        script(
            "const r = arguments[0].getBoundingClientRect();"
                + " return r.top >= 0 && r.bottom <= window.innerHeight;",
            element);
    assertEquals(true, inView, what + " is not in view");
  }

  @Test
  void errorsAppearNextToTheirControlInViewOnAPhone() {
    browser.manage().window().setSize(new Dimension(390, 844));
    open("/");
    waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("try-it")));
    waiting().until(d -> new Select(d.findElement(By.id("try-module"))).getOptions().size() > 1);
    new Select(browser.findElement(By.id("try-module"))).selectByValue(MODULE);
    browser.findElement(By.xpath("//button[normalize-space()='Try as a manager']")).click();
    waiting()
        .until(
            ExpectedConditions.elementToBeClickable(
                By.xpath("//button[normalize-space()='Begin']")))
        .click();
    waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.choice")));
    WebElement portrait = browser.findElement(By.cssSelector(".speaker-card img.portrait"));
    assertTrue(portrait.getAttribute("alt").startsWith("Drawing of Helen Carr"));
    assertEquals(
        true, script("return arguments[0].complete && arguments[0].naturalWidth > 0;", portrait));

    // The network drops: the choice's failure is told under the choices.
    script("window.fetch = () => Promise.reject(new TypeError('offline'));");
    List<WebElement> choices = browser.findElements(By.cssSelector("button.choice"));
    choices.get(choices.size() - 1).click();
    WebElement error =
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("inline-error")));
    assertTrue(error.getText().contains("could not be reached"), error.getText());
    assertEquals(
        "fieldset",
        script("return arguments[0].parentElement.tagName.toLowerCase();", error),
        "the message is not inside the choices");
    assertInViewAndFocused(error, "the network error");
    assertAccessible("a choice that could not be sent, at 390 px");
    browser.manage().window().setSize(new Dimension(1280, 900));
    assertAccessible("a choice that could not be sent, at desktop width");
    browser.manage().window().setSize(new Dimension(390, 844));

    // A reload (the network is back) resumes at the intro, as nothing was chosen yet; a reload on
    // feedback shows the feedback again.
    browser.navigate().refresh();
    waiting()
        .until(
            ExpectedConditions.elementToBeClickable(
                By.xpath("//button[normalize-space()='Begin']")))
        .click();
    waiting()
        .until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.choice")))
        .click();
    waiting().until(ExpectedConditions.visibilityOfElementLocated(By.className("your-choice")));
    String feedback = browser.findElement(By.id("feedback")).getText();
    browser.navigate().refresh();
    waiting().until(ExpectedConditions.visibilityOfElementLocated(By.className("your-choice")));
    assertEquals(feedback, browser.findElement(By.id("feedback")).getText());
    assertAccessible("feedback shown again after a reload");

    playToTheEnding();
    WebElement box = browser.findElement(By.id("reflection-text"));
    WebElement count = browser.findElement(By.id("reflection-count"));
    assertEquals("0 of 10,000 characters", count.getText());
    script(
        "arguments[0].value = 'x'.repeat(10001);"
            + " arguments[0].dispatchEvent(new Event('input'));",
        box);
    assertTrue(
        count.getText().startsWith("1 characters over the limit of 10,000"), count.getText());
    browser.findElement(By.xpath("//button[normalize-space()='Save reflection']")).click();
    WebElement refused = browser.findElement(By.id("reflection-error"));
    assertTrue(refused.isDisplayed());
    assertEquals("true", box.getAttribute("aria-invalid"));
    assertInViewAndFocused(box, "the reflection box");
    assertAccessible("a reflection over the limit, at 390 px");
    browser.manage().window().setSize(new Dimension(1280, 900));
    assertAccessible("a reflection over the limit, at desktop width");

    // The server's limit is the same, and its refusal says so.
    String token =
        (String) script("return sessionStorage.getItem('firstline.session." + MODULE + "');");
    String attempt =
        ServerUnderTest.json(
                ServerUnderTest.send(
                    HttpRequest.newBuilder(ServerUnderTest.uri("/api/attempts"))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .POST(
                            HttpRequest.BodyPublishers.ofString(
                                "{\"moduleId\":\"" + MODULE + "\",\"restart\":false}"))
                        .build()))
            .path("id")
            .asString();
    HttpResponse<String> tooLong = reflect(token, attempt, "y".repeat(10_001));
    assertEquals(400, tooLong.statusCode(), tooLong.body());
    JsonNode problem = ServerUnderTest.json(tooLong);
    assertTrue(
        problem.path("detail").asString().contains("at most 10,000 characters"), tooLong.body());
    assertEquals("text", problem.path("errors").path(0).path("field").asString());
    assertEquals(200, reflect(token, attempt, "y".repeat(10_000)).statusCode());
  }

  private static HttpResponse<String> reflect(String token, String attempt, String text) {
    return ServerUnderTest.send(
        HttpRequest.newBuilder(ServerUnderTest.uri("/api/attempts/" + attempt + "/reflection"))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString("{\"text\":\"" + text + "\"}"))
            .build());
  }

  private void playToTheEnding() {
    for (int step = 0; step < 20; step++) {
      List<WebElement> next =
          waiting()
              .until(
                  d -> {
                    if (!d.findElements(By.cssSelector("section.ending")).isEmpty()) {
                      return List.<WebElement>of();
                    }
                    List<WebElement> buttons =
                        d.findElements(
                            By.cssSelector("button.choice, #controls button:not(.secondary)"));
                    return buttons.isEmpty() ? null : buttons;
                  });
      if (next.isEmpty()) {
        return;
      }
      next.get(0).click();
    }
    throw new AssertionError("no ending after 20 steps");
  }
}
