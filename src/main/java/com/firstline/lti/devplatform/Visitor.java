package com.firstline.lti.devplatform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A try-out browser, known by a random value in its {@link #COOKIE} cookie, the way an LMS knows
 * its signed-in user by a session cookie. Each browser becomes its own learner in the sample
 * course, so a fresh browser starts fresh and a trainer try-out then finds that learner on the
 * board. The learner's LTI {@code sub} is derived from the cookie by SHA-256, so the cookie itself
 * never leaves the browser and this server. Pure logic.
 */
record Visitor(String subject, String name) {
  static final String COOKIE = "firstline_tryout";
  private static final Pattern VALUE = Pattern.compile("[A-Za-z0-9_-]{22,64}");
  private static final SecureRandom RANDOM = new SecureRandom();

  /** A new browser's cookie value: 128 random bits. */
  static String newCookieValue() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** The visitor a cookie value stands for; empty for a value this server never makes. */
  static Optional<Visitor> of(String cookieValue) {
    if (cookieValue == null || !VALUE.matcher(cookieValue).matches()) {
      return Optional.empty();
    }
    String hash = HexFormat.of().formatHex(sha256(cookieValue));
    return Optional.of(
        new Visitor(
            "visitor-" + hash.substring(0, 20),
            "Visitor " + hash.substring(0, 4).toUpperCase(Locale.ROOT)));
  }

  SampleCourse.Person person() {
    return SampleCourse.learner(subject, name);
  }

  private static byte[] sha256(String value) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }
}
