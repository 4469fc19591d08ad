package com.firstline.lti.keys;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class KeyEncryptionTest {
  private static String randomKey() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return Base64.getEncoder().encodeToString(key);
  }

  private final KeyEncryption encryption = KeyEncryption.fromBase64(randomKey());
  private final byte[] secret = "private key bytes".getBytes(StandardCharsets.UTF_8);

  @Test
  void sealedBytesOpenWithTheSameKeyAndKid() {
    byte[] sealed = encryption.seal(secret, "kid-1");
    assertFalse(new String(sealed, StandardCharsets.ISO_8859_1).contains("private key"));
    assertArrayEquals(secret, encryption.open(sealed, "kid-1"));
  }

  @Test
  void anotherKeyOrKidOrTamperingDoesNotOpen() {
    byte[] sealed = encryption.seal(secret, "kid-1");
    IllegalStateException wrongKey =
        assertThrows(
            IllegalStateException.class,
            () -> KeyEncryption.fromBase64(randomKey()).open(sealed, "kid-1"));
    assertTrue(wrongKey.getMessage().contains("lti.key-encryption-key"));
    assertThrows(IllegalStateException.class, () -> encryption.open(sealed, "kid-2"));
    byte[] tampered = Arrays.copyOf(sealed, sealed.length);
    tampered[tampered.length - 1] ^= 1;
    assertThrows(IllegalStateException.class, () -> encryption.open(tampered, "kid-1"));
  }

  @Test
  void aConfiguredKeyMustBeAnAesKeyInBase64() {
    assertThrows(IllegalArgumentException.class, () -> KeyEncryption.fromBase64("not base64!"));
    assertThrows(
        IllegalArgumentException.class,
        () -> KeyEncryption.fromBase64(Base64.getEncoder().encodeToString(new byte[10])));
  }

  @Test
  void theDevelopmentKeyIsStableAcrossRestarts() {
    byte[] sealed = KeyEncryption.developmentKey().seal(secret, "kid-1");
    assertArrayEquals(secret, KeyEncryption.developmentKey().open(sealed, "kid-1"));
  }

  @Test
  void aGeneratedToolKeyPublishesRs256ForSignaturesAndOpensItsPrivatePart() {
    ToolKey key = ToolKey.generate(encryption, Instant.now());
    var published = key.publicKey();
    assertFalse(published.isPrivate());
    assertTrue("RS256".equals(published.getAlgorithm().getName()));
    assertTrue("sig".equals(published.getKeyUse().identifier()));
    assertTrue(key.keyPair(encryption).isPrivate());
  }
}
