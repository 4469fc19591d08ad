package com.firstline.lti.oidc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The platform-storage page: the platform's origin, and nothing the platform sent left unescaped.
 */
class PlatformStoragePageTest {

  @Test
  void theStorageFrameIsAddressedByTheOriginOfTheAuthorizationUrl() {
    assertEquals(
        "https://sso.canvaslms.com",
        PlatformStoragePage.origin("https://SSO.canvaslms.com/api/lti/authorize_redirect?x=1"));
    assertEquals("http://localhost:8080", PlatformStoragePage.origin("http://localhost:8080/auth"));
  }

  @Test
  void everyValueIsAnEscapedDataAttributeAndThereIsNoInlineScript() {
    String html =
        PlatformStoragePage.html(
            "https://lms.example.edu/auth?a=1&b=2",
            "https://lms.example.edu",
            new PendingLogin("state-1", "nonce-1", 1L, "post_message_forwarding", ""),
            "\"><script>alert(1)</script>");
    assertTrue(html.contains("data-storage-target=\"&quot;&gt;&lt;script&gt;"), html);
    assertTrue(html.contains("data-next=\"https://lms.example.edu/auth?a=1&amp;b=2\""));
    assertTrue(html.contains("data-platform-origin=\"https://lms.example.edu\""));
    assertTrue(html.contains("<script type=\"module\" src=\"/js/lti/store-state.js\">"));
    assertFalse(html.contains("<script>"));
    assertTrue(html.contains(">Continue</a>"));
  }
}
