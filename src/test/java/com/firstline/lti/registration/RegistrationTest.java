package com.firstline.lti.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Re-registering a platform at the same addresses is no change (the development try-out). */
class RegistrationTest {
  private static final Instant CREATED = Instant.parse("2026-11-01T08:00:00Z");
  private static final Instant LATER = Instant.parse("2026-11-02T08:00:00Z");
  private static final Endpoints HERE =
      new Endpoints(
          "https://lms.example.edu/auth",
          "https://lms.example.edu/token",
          null,
          "https://lms.example.edu/jwks");

  @Test
  void theSameAddressesAgainChangeNothing() {
    Registration registration =
        new Registration("https://lms.example.edu", "client-1", HERE, CREATED);
    registration.moveTo(HERE, LATER);
    assertEquals(CREATED, registration.updatedAt());
  }

  @Test
  void aMovedAddressIsAChange() {
    Registration registration =
        new Registration("https://lms.example.edu", "client-1", HERE, CREATED);
    Endpoints moved =
        new Endpoints(
            HERE.authUrl(), HERE.tokenUrl(), HERE.tokenAudience(), "https://keys.example.edu/jwks");
    registration.moveTo(moved, LATER);
    assertEquals(LATER, registration.updatedAt());
  }
}
