package com.firstline.platform.startup;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class StartupGuardTest {
  private static StartupGuard guard(String mode, String secret, String key) {
    StartupGuard guard = new StartupGuard();
    guard.mode = Optional.ofNullable(mode);
    guard.sessionSecret = Optional.ofNullable(secret);
    guard.keyEncryptionKey = Optional.ofNullable(key);
    return guard;
  }

  @Test
  void aServerWithNoModeSetIsProductionAndStopsWithoutItsSecrets() {
    IllegalStateException refused =
        assertThrows(IllegalStateException.class, () -> guard(null, null, null).onStart(null));
    assertTrue(refused.getMessage().contains("production mode"));
    assertTrue(refused.getMessage().contains("platform.session-secret"));
    assertTrue(refused.getMessage().contains("lti.key-encryption-key"));
  }

  @Test
  void theDevelopmentRunStartsWithoutThem() {
    assertDoesNotThrow(() -> guard("development", null, null).onStart(null));
  }

  @Test
  void aMistypedModeStopsTheServerRatherThanGuessing() {
    assertThrows(
        IllegalArgumentException.class,
        () -> guard("prod", "x".repeat(40), "MDEyMzQ1Njc4OWFiY2RlZg==").onStart(null));
  }
}
