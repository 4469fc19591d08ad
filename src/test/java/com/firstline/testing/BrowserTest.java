package com.firstline.testing;

import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Base of every browser test: Debian's headless Chromium against the server under test, and an
 * axe-core scan (WCAG 2.2 A and AA rules) that fails the test on any violation of the page in front
 * of it.
 */
public abstract class BrowserTest {
  private static final List<String> WCAG_TAGS =
      List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

  protected WebDriver browser;

  @BeforeEach
  void openBrowser() {
    ServerUnderTest.awaitReady();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(System.getProperty("it.chromium", "/usr/bin/chromium"));
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1280,900");
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(
                new java.io.File(System.getProperty("it.chromedriver", "/usr/bin/chromedriver")))
            .build();
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  protected void open(String path) {
    browser.get(ServerUnderTest.baseUrl() + path);
  }

  /** Runs axe-core on the page as it is now and fails with every violation, rule by rule. */
  protected void assertAccessible(String state) {
    Results results = new AxeBuilder().withTags(WCAG_TAGS).analyze(browser);
    List<Rule> violations = results.getViolations();
    if (!violations.isEmpty()) {
      fail(
          "Accessibility violations on "
              + state
              + ":\n"
              + violations.stream()
                  .map(
                      v ->
                          v.getId()
                              + " ("
                              + v.getImpact()
                              + "): "
                              + v.getHelp()
                              + " at "
                              + v.getNodes().stream()
                                  .map(n -> String.valueOf(n.getTarget()))
                                  .collect(Collectors.joining(", ")))
                  .collect(Collectors.joining("\n")));
    }
  }
}
