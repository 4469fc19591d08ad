package com.firstline.lti.deeplinking;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.firstline.lti.oidc.StorageCheck;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The chooser: open when the state cookie proved the browser, held back behind a storage check. */
class ChooserPageTest {
  private static final List<OfferedModule> MODULES =
      List.of(new OfferedModule("mistake", "A mistake at the counter", "Summary.", 12, 100));
  private static final PageStrings TEXT = PageStrings.of(Locale.ENGLISH);

  @Test
  void withTheCookieTheFormCarriesTheSessionAndIsShown() {
    String html = ChooserPage.html(TEXT, true, MODULES, "session-1", null);
    assertTrue(html.contains("<input type=\"hidden\" name=\"session\" value=\"session-1\">"), html);
    assertFalse(html.contains("data-storage-check"), html);
    assertFalse(html.contains("check-state.js"), html);
  }

  @Test
  void theTrainerMayChooseHowTheLinksArePlayedAndByDefaultTheModuleSays() {
    String html = ChooserPage.html(TEXT, true, MODULES, "session-1", null);
    assertTrue(html.contains("<legend>How managers play it</legend>"), html);
    assertTrue(
        html.contains("<input type=\"radio\" name=\"mode\" id=\"mode-module\" value=\"\" checked>"),
        html);
    assertTrue(html.contains("id=\"mode-assessment\" value=\"assessment\">"), html);
    assertTrue(html.contains("<label for=\"mode-assessment\">Assessment: coaching held"), html);
    assertTrue(
        html.indexOf("name=\"mode\"") < html.indexOf("</form>"), "the mode is part of the form");
  }

  @Test
  void behindAStorageCheckTheFormIsHiddenAndEmptyUntilTheScriptHasReadTheStateBack() {
    StorageCheck check = new StorageCheck("_parent", "https://lms.example.edu", "state-1");
    String html =
        ChooserPage.html(
            TEXT, true, MODULES, "session-1", new ChooserPage.Gate(check, "iss=https%3A%2F%2Fx"));
    assertTrue(html.contains("<input type=\"hidden\" name=\"session\" value=\"\">"), html);
    assertTrue(html.contains("<div hidden data-storage-check"), html);
    assertTrue(
        html.indexOf("<div hidden data-storage-check") < html.indexOf("Choose one or more modules"),
        "the intro waits with the form");
    assertTrue(html.contains("<noscript><form id=\"relaunch\""), html);
    assertTrue(html.contains("data-session=\"session-1\""), html);
    assertTrue(html.contains("data-platform-origin=\"https://lms.example.edu\""), html);
    assertTrue(html.contains("src=\"/js/lti/check-state.js\""), html);
    assertTrue(html.contains("id=\"storage-status\" role=\"status\""), html);
    assertTrue(html.contains("<input type=\"hidden\" name=\"iss\" value=\"https://x\">"), html);
  }
}
