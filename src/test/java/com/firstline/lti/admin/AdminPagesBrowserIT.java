package com.firstline.lti.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.firstline.lti.LtiFlow;
import com.firstline.testing.BrowserTest;
import com.firstline.testing.ServerUnderTest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An admin with the server's token registers a platform, corrects its addresses, deletes it, and
 * makes a dynamic-registration link, all in the page: every mistake is told next to its field with
 * focus on it, and the registered platform may frame Firstline at once. Axe scans every state, at
 * desktop width and at 390 px.
 */
class AdminPagesBrowserIT extends BrowserTest {

  private WebDriverWait waiting() {
    return new WebDriverWait(browser, Duration.ofSeconds(20));
  }

  private String focusedId() {
    return browser.switchTo().activeElement().getAttribute("id");
  }

  private void type(String id, String text) {
    WebElement field = browser.findElement(By.id(id));
    field.clear();
    field.sendKeys(text);
  }

  private static String frameAncestors() {
    String csp =
        ServerUnderTest.get("/").headers().firstValue("Content-Security-Policy").orElseThrow();
    return csp.substring(csp.indexOf("frame-ancestors"));
  }

  @Test
  void anAdminRegistersAPlatformAndMakesARegistrationLinkInThePage() {
    open("/admin/");
    waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("token-form")));
    assertAccessible("the admin page asking for the token");

    browser.findElement(By.xpath("//button[normalize-space()='Sign in']")).click();
    waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("admin-token-error")));
    assertEquals("admin-token", focusedId());
    type("admin-token", "not-the-token");
    browser.findElement(By.xpath("//button[normalize-space()='Sign in']")).click();
    waiting()
        .until(
            d ->
                !d.findElement(By.id("admin-token-error"))
                    .getText()
                    .equals("Enter the admin token."));
    assertEquals("true", browser.findElement(By.id("admin-token")).getAttribute("aria-invalid"));
    assertAccessible("a refused admin token, told beside the field");

    type("admin-token", LtiFlow.ADMIN_TOKEN);
    browser.findElement(By.xpath("//button[normalize-space()='Sign in']")).click();
    waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("registration-form")));
    assertAccessible("the signed-in admin page");

    String host = "lms-" + UUID.randomUUID().toString().substring(0, 8) + ".example.edu";
    type("reg-issuer", "https://" + host);
    type("reg-client", "client-1");
    type("reg-auth", "not an address");
    type("reg-token", "https://" + host + "/token");
    type("reg-jwks", "https://" + host + "/jwks");
    type("reg-deployments", "deployment-1");
    browser.findElement(By.id("registration-submit")).click();
    WebElement authError =
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("reg-auth-error")));
    assertFalse(authError.getText().isBlank());
    assertEquals("reg-auth", focusedId(), "focus is not on the field in error");
    assertAccessible("a registration with a wrong address, told beside the field");

    type("reg-auth", "https://login." + host + "/auth");
    browser.findElement(By.id("registration-submit")).click();
    waiting()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("registrations-table"), "https://" + host));
    assertTrue(frameAncestors().contains("https://" + host), frameAncestors());
    assertTrue(frameAncestors().contains("https://login." + host), frameAncestors());

    browser
        .findElement(By.xpath("//button[@aria-label='Edit the addresses of https://" + host + "']"))
        .click();
    assertEquals("registration-form-heading", focusedId());
    type("reg-auth", "https://sso." + host + "/auth");
    browser.findElement(By.id("registration-submit")).click();
    waiting()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("registrations-table"), "https://sso." + host + "/auth"));
    assertTrue(frameAncestors().contains("https://sso." + host), frameAncestors());
    assertFalse(frameAncestors().contains("https://login." + host), frameAncestors());

    browser.findElement(By.id("make-link")).click();
    WebElement link =
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("link-url")));
    assertTrue(
        link.getAttribute("value").startsWith(ServerUnderTest.baseUrl() + "/lti/register?code="),
        link.getAttribute("value"));
    assertAccessible("a fresh registration link");
    browser.manage().window().setSize(new Dimension(390, 844));
    assertAccessible("the admin page at 390 px");

    browser
        .findElement(
            By.xpath("//button[@aria-label='Delete the registration of https://" + host + "']"))
        .click();
    waiting().until(ExpectedConditions.alertIsPresent()).accept();
    waiting()
        .until(d -> !d.findElement(By.id("registrations")).getText().contains("https://" + host));
    assertFalse(frameAncestors().contains(host), frameAncestors());
  }

  @Test
  void anLmsAdministratorFromTheTryOutEditsTheirDeploymentsWithoutAToken() {
    open("/");
    waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("try-it")));
    waiting().until(d -> new Select(d.findElement(By.id("try-module"))).getOptions().size() > 1);
    browser.findElement(By.xpath("//button[normalize-space()='Try as an admin']")).click();
    waiting().until(ExpectedConditions.urlContains("/admin/?module="));
    WebElement table =
        waiting()
            .until(ExpectedConditions.visibilityOfElementLocated(By.id("registrations-table")));
    assertFalse(browser.getCurrentUrl().contains("session="), "token left in the URL");
    assertFalse(browser.findElement(By.id("sign-in")).isDisplayed(), "asked for the token");
    assertTrue(browser.findElement(By.id("lms-admin-note")).isDisplayed());
    assertEquals(1, table.findElements(By.cssSelector("tbody tr")).size(), "another tenant shown");
    // What only the operator may do is told, not offered as a button that fails.
    assertTrue(table.findElements(By.xpath(".//button[normalize-space()='Delete']")).isEmpty());
    assertFalse(browser.findElement(By.id("registration-form")).isDisplayed());
    assertFalse(browser.findElement(By.id("make-link")).isDisplayed());
    assertFalse(browser.findElement(By.id("rotate")).isDisplayed());
    assertTrue(
        browser.findElement(By.id("main")).getText().contains("Registration links are made by"));
    assertEquals("", browser.findElement(By.id("alert")).getText());
    assertAccessible("the administration page of an LMS administrator");

    WebElement deployment = table.findElement(By.cssSelector("form.inline-form input"));
    String inputId = deployment.getAttribute("id");
    table.findElement(By.xpath(".//button[normalize-space()='Add deployment']")).click();
    WebElement error =
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id(inputId + "-error")));
    assertFalse(error.getText().isBlank());
    assertEquals(inputId, focusedId(), "focus is not on the deployment field");
    assertEquals("true", deployment.getAttribute("aria-invalid"));
    assertAccessible("an empty deployment, told beside the field");

    String added = "try-out-deployment-" + UUID.randomUUID().toString().substring(0, 8);
    type(inputId, added);
    browser.findElement(By.xpath("//form[.//input[@id='" + inputId + "']]//button")).click();
    waiting()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("registrations-table"), added));
    assertTrue(browser.findElement(By.id("status")).getText().contains("Deployment added"));

    browser
        .findElement(By.xpath("//button[starts-with(@aria-label, 'Edit the addresses')]"))
        .click();
    assertEquals("registration-form-heading", focusedId());
    assertTrue(browser.findElement(By.id("registration-form")).isDisplayed());
    assertAccessible("an LMS administrator editing their addresses");
    browser.findElement(By.id("registration-cancel")).click();
    assertFalse(browser.findElement(By.id("registration-form")).isDisplayed());

    browser.manage().window().setSize(new Dimension(390, 844));
    assertAccessible("the administration page of an LMS administrator at 390 px");
  }
}
