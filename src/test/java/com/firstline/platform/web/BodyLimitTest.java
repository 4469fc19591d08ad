package com.firstline.platform.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.firstline.platform.errors.ProblemException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class BodyLimitTest {
  @Test
  void aDeclaredLengthOverTheLimitIsRefusedUnread() {
    ProblemException refused =
        assertThrows(ProblemException.class, () -> BodyLimit.checkDeclared(1025, 1024));
    assertEquals(413, refused.problem().status());
    assertDoesNotThrow(() -> BodyLimit.checkDeclared(1024, 1024));
    assertDoesNotThrow(() -> BodyLimit.checkDeclared(-1, 1024));
  }

  @Test
  void aBodyWithoutLengthIsCutOffOnceItPassesTheLimit() {
    InputStream body = BodyLimit.capped(new ByteArrayInputStream(new byte[5000]), 4096);
    ProblemException refused = assertThrows(ProblemException.class, body::readAllBytes);
    assertEquals(413, refused.problem().status());
  }

  @Test
  void aBodyWithinTheLimitIsReadWhole() throws Exception {
    byte[] sent = "{\"a\":1}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    InputStream body = BodyLimit.capped(new ByteArrayInputStream(sent), sent.length);
    assertArrayEquals(sent, body.readAllBytes());
  }
}
