package com.firstline.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Registered platforms may frame Firstline by their origin, next to the configured sources. */
class FrameAncestorsTest {

  @Test
  void theConfiguredSourcesComeFirstThenEachPlatformOriginOnce() {
    assertEquals(
        "'self' https://*.instructure.com https://moodle.example.edu http://127.0.0.1:8123",
        FrameAncestors.of(
            "'self', https://*.instructure.com",
            List.of(
                "https://moodle.example.edu",
                "https://MOODLE.example.edu/mod/lti/auth.php",
                "http://127.0.0.1:8123/auth?x=1")));
  }

  @Test
  void onlyHttpOriginsAreTaken() {
    assertTrue(FrameAncestors.origin("javascript:alert(1)").isEmpty());
    assertTrue(FrameAncestors.origin("https://evil.example; script-src *").isEmpty());
    assertTrue(FrameAncestors.origin(null).isEmpty());
    assertEquals(
        "https://lms.example:8443", FrameAncestors.origin("https://lms.example:8443/a").get());
  }

  @Test
  void nothingAtAllAllowsNoFraming() {
    assertEquals("'none'", FrameAncestors.of(" ", List.of()));
  }
}
