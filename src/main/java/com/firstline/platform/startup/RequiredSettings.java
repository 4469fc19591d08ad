package com.firstline.platform.startup;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * The settings a production server refuses to start without, and what to tell the operator about
 * each one that is missing or unusable. In development every one of them may be left out: the
 * server then makes do (a random session secret, a derivable key-encryption key) and says so. Pure
 * logic.
 */
public final class RequiredSettings {
  static final String SESSION_SECRET = "platform.session-secret";
  static final String KEY_ENCRYPTION_KEY = "lti.key-encryption-key";
  private static final int MIN_SESSION_SECRET_BYTES = 32;

  private RequiredSettings() {}

  /**
   * Every reason this server must not start: empty when it may. Each names the setting, its
   * environment variable and how to make a good value.
   */
  public static List<String> refusals(
      PlatformMode mode, Optional<String> sessionSecret, Optional<String> keyEncryptionKey) {
    List<String> refusals = new ArrayList<>();
    Optional<String> secret = sessionSecret.filter(s -> !s.isBlank());
    if (secret.isEmpty()) {
      if (!mode.isDevelopment()) {
        refusals.add(
            SESSION_SECRET
                + " (PLATFORM_SESSION_SECRET) is not set. It signs the session tokens and must be"
                + " the same on every node; make one with `openssl rand -base64 48`.");
      }
    } else if (secret.get().getBytes(java.nio.charset.StandardCharsets.UTF_8).length
        < MIN_SESSION_SECRET_BYTES) {
      refusals.add(
          SESSION_SECRET
              + " (PLATFORM_SESSION_SECRET) is shorter than "
              + MIN_SESSION_SECRET_BYTES
              + " bytes; make one with `openssl rand -base64 48`.");
    }
    Optional<String> key = keyEncryptionKey.filter(k -> !k.isBlank());
    if (key.isEmpty()) {
      if (!mode.isDevelopment()) {
        refusals.add(
            KEY_ENCRYPTION_KEY
                + " (LTI_KEY_ENCRYPTION_KEY) is not set. It seals the tool's private keys in the"
                + " database; make one with `openssl rand -base64 32` and keep it.");
      }
    } else {
      keyProblem(key.get()).ifPresent(refusals::add);
    }
    return List.copyOf(refusals);
  }

  private static Optional<String> keyProblem(String base64) {
    byte[] raw;
    try {
      raw = Base64.getDecoder().decode(base64.trim());
    } catch (IllegalArgumentException e) {
      return Optional.of(
          KEY_ENCRYPTION_KEY
              + " (LTI_KEY_ENCRYPTION_KEY) is not base64; make one with `openssl rand -base64 32`.");
    }
    if (raw.length != 16 && raw.length != 24 && raw.length != 32) {
      return Optional.of(
          KEY_ENCRYPTION_KEY
              + " (LTI_KEY_ENCRYPTION_KEY) decodes to "
              + raw.length
              + " bytes, not 16, 24 or 32; make one with `openssl rand -base64 32`.");
    }
    return Optional.empty();
  }
}
