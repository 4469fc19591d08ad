package com.firstline.lti.oidc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.firstline.lti.FormEncoding;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The pages that prove a launch's browser without the state cookie, and the way out. */
class BrowserBindingPagesTest {
  private static final Map<String, String> LOGIN =
      Map.of(
          "iss", "https://lms.example.edu",
          "login_hint", "\"><script>alert(1)</script>",
          "target_link_uri", "https://firstline.example/lti/launch",
          "lti_storage_target", "_parent");

  @Test
  void theRelaunchBeginsTheSameLoginWithoutTheFrameOnlyTheLmsPageHas() {
    LoginRequest request = LoginRequest.from(LOGIN::get);
    Map<String, String> relaunch = request.relaunchParameters();
    assertFalse(relaunch.containsKey("lti_storage_target"));
    assertEquals(
        relaunch, FormEncoding.parse(FormEncoding.of(relaunch)), "stored and read back intact");
    assertEquals("\"><script>alert(1)</script>", relaunch.get("login_hint"));
  }

  @Test
  void theRelaunchFormOpensANewWindowAndEscapesWhatThePlatformSent() {
    String form =
        RelaunchForm.html(
            FormEncoding.of(LoginRequest.from(LOGIN::get).relaunchParameters()), false);
    assertTrue(
        form.startsWith(
            "<form id=\"relaunch\" method=\"post\" action=\"/lti/login\" target=\"_blank\">"),
        form);
    assertTrue(form.contains("value=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\""), form);
    assertFalse(form.contains("<script>"));
    assertTrue(RelaunchForm.html("iss=x", true).contains("target=\"_blank\" hidden>"));
  }

  @Test
  void theStateCheckPageHoldsItsDestinationInDataAttributesAndRunsNoInlineScript() {
    StorageCheck check =
        StorageCheck.of(
            new PendingLogin("state-1", "nonce-1", 1L, "post_message_forwarding", "iss=x"),
            "https://SSO.lms.example.edu/auth?x=1");
    String html = StateCheckPage.html(check, "/play/?module=a&b=c#session=t\"", "iss=x");
    assertTrue(html.contains("data-platform-origin=\"https://sso.lms.example.edu\""), html);
    assertTrue(html.contains("data-next=\"/play/?module=a&amp;b=c#session=t&quot;\""), html);
    assertTrue(html.contains("data-state=\"state-1\""), html);
    assertTrue(html.contains("<script type=\"module\" src=\"/js/lti/check-state.js\">"), html);
    assertFalse(html.contains("<script>"));
    assertTrue(html.contains("<form id=\"relaunch\""), html);
    assertTrue(html.contains("<noscript><form id=\"relaunch\""), "without script: the way out");
  }
}
