package com.firstline.platform.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RequiredSettingsTest {
  private static final Optional<String> SECRET =
      Optional.of("a-session-secret-of-at-least-thirty-two-bytes");
  private static final Optional<String> KEY =
      Optional.of("MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=");

  @Test
  void modeIsProductionUnlessDevelopmentIsSaid() {
    assertEquals(PlatformMode.PRODUCTION, PlatformMode.parse(null));
    assertEquals(PlatformMode.PRODUCTION, PlatformMode.parse(" "));
    assertEquals(PlatformMode.DEVELOPMENT, PlatformMode.parse("Development"));
    IllegalArgumentException typo =
        assertThrows(IllegalArgumentException.class, () -> PlatformMode.parse("dev"));
    assertTrue(typo.getMessage().contains("platform.mode"));
  }

  @Test
  void productionRefusesToStartWithoutEitherSecretAndSaysHowToMakeThem() {
    List<String> refusals =
        RequiredSettings.refusals(PlatformMode.PRODUCTION, Optional.empty(), Optional.of(""));

    assertEquals(2, refusals.size());
    assertTrue(refusals.get(0).startsWith("platform.session-secret (PLATFORM_SESSION_SECRET)"));
    assertTrue(refusals.get(0).contains("openssl rand"));
    assertTrue(refusals.get(1).startsWith("lti.key-encryption-key (LTI_KEY_ENCRYPTION_KEY)"));
    assertTrue(refusals.get(1).contains("openssl rand -base64 32"));
  }

  @Test
  void productionStartsWithBothSecrets() {
    assertEquals(List.of(), RequiredSettings.refusals(PlatformMode.PRODUCTION, SECRET, KEY));
  }

  @Test
  void developmentMayLeaveThemOut() {
    assertEquals(
        List.of(),
        RequiredSettings.refusals(PlatformMode.DEVELOPMENT, Optional.empty(), Optional.empty()));
  }

  @Test
  void unusableValuesAreRefusedInEveryMode() {
    for (PlatformMode mode : PlatformMode.values()) {
      List<String> refusals =
          RequiredSettings.refusals(mode, Optional.of("short"), Optional.of("not base64 !"));
      assertEquals(2, refusals.size(), mode.name());
      assertTrue(refusals.get(0).contains("shorter than 32 bytes"));
      assertTrue(refusals.get(1).contains("is not base64"));
    }
    assertTrue(
        RequiredSettings.refusals(PlatformMode.PRODUCTION, SECRET, Optional.of("AAAA"))
            .get(0)
            .contains("decodes to 3 bytes"));
  }
}
