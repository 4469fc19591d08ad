package com.firstline.lti.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.firstline.platform.errors.ProblemException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AdminTokenTest {
  private final AdminToken token = new AdminToken(Optional.of("s3cret-admin-token"));

  @Test
  void theRightBearerTokenPasses() {
    token.require("Bearer s3cret-admin-token");
    token.require("bearer s3cret-admin-token");
  }

  @Test
  void acceptsTellsTheTokenFromEverythingElseWithoutThrowing() {
    assertTrue(token.accepts("Bearer s3cret-admin-token"));
    for (String header : new String[] {null, "", "Bearer wrong", "s3cret-admin-token"}) {
      assertFalse(token.accepts(header), String.valueOf(header));
    }
    assertFalse(new AdminToken(Optional.empty()).accepts("Bearer s3cret-admin-token"));
  }

  @Test
  void aMissingOrWrongTokenIsUnauthorized() {
    for (String header : new String[] {null, "", "Basic abc", "Bearer wrong", "Bearer s3cret"}) {
      ProblemException refused = assertThrows(ProblemException.class, () -> token.require(header));
      assertEquals(401, refused.problem().status(), String.valueOf(header));
    }
  }

  @Test
  void withoutAConfiguredTokenTheApiIsSwitchedOff() {
    for (Optional<String> none : java.util.List.of(Optional.<String>empty(), Optional.of(" "))) {
      ProblemException refused =
          assertThrows(ProblemException.class, () -> new AdminToken(none).require("Bearer x"));
      assertEquals(403, refused.problem().status());
      assertTrue(refused.problem().detail().contains("lti.admin-token"));
    }
  }
}
