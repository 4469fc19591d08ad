package com.firstline.platform.errors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Browsers get a page for a wrong address; API clients keep their problem documents. */
class ErrorPageTest {

  @Test
  void aBrowserAskingForAPageGetsOneButTheApiNever() {
    String browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    assertTrue(ErrorPage.wantsPage("/nope", browser));
    assertFalse(ErrorPage.wantsPage("/api/nope", browser));
    assertFalse(ErrorPage.wantsPage("/nope", "application/json"));
    assertFalse(ErrorPage.wantsPage("/nope", null));
  }

  @Test
  void thePageSaysWhatHappenedAndLeadsBack() {
    String page = ErrorPage.html(404);
    assertTrue(page.contains("<h1>There is no page at this address</h1>"), page);
    assertTrue(page.contains("href=\"/\""), page);
    assertFalse(page.contains("<script"), "the CSP allows no inline script");
  }
}
