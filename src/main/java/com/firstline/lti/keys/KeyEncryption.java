package com.firstline.lti.keys;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals private keys at rest with AES-GCM. The key id is bound as associated data, so a sealed key
 * copied onto another row does not open. Layout: a version byte, the 12-byte IV, ciphertext + tag.
 * Pure logic.
 */
public final class KeyEncryption {
  private static final byte VERSION = 1;
  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final SecretKeySpec key;

  private KeyEncryption(byte[] key) {
    this.key = new SecretKeySpec(key, "AES");
  }

  /** The configured key: base64 of 16, 24 or 32 random bytes (32 recommended). */
  public static KeyEncryption fromBase64(String base64) {
    byte[] raw;
    try {
      raw = Base64.getDecoder().decode(base64.trim());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("lti.key-encryption-key is not base64", e);
    }
    if (raw.length != 16 && raw.length != 24 && raw.length != 32) {
      throw new IllegalArgumentException(
          "lti.key-encryption-key must decode to 16, 24 or 32 bytes, not " + raw.length);
    }
    return new KeyEncryption(raw);
  }

  /**
   * A fixed key derived from a constant, for development only: keys survive restarts, but anyone
   * with the database can open them. The caller warns about it.
   */
  public static KeyEncryption developmentKey() {
    try {
      return new KeyEncryption(
          MessageDigest.getInstance("SHA-256")
              .digest("firstline development key encryption".getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }

  public byte[] seal(byte[] plain, String kid) {
    byte[] iv = new byte[IV_BYTES];
    RANDOM.nextBytes(iv);
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
      cipher.updateAAD(kid.getBytes(StandardCharsets.UTF_8));
      byte[] sealed = cipher.doFinal(plain);
      return ByteBuffer.allocate(1 + IV_BYTES + sealed.length)
          .put(VERSION)
          .put(iv)
          .put(sealed)
          .array();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available", e);
    }
  }

  /** The plain bytes; fails when the data was changed or sealed with another key. */
  public byte[] open(byte[] sealed, String kid) {
    if (sealed.length < 1 + IV_BYTES + TAG_BITS / 8 || sealed[0] != VERSION) {
      throw new IllegalStateException("The private key of " + kid + " is not in a known format");
    }
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 1, IV_BYTES));
      cipher.updateAAD(kid.getBytes(StandardCharsets.UTF_8));
      return cipher.doFinal(sealed, 1 + IV_BYTES, sealed.length - 1 - IV_BYTES);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(
          "The private key of "
              + kid
              + " does not open: was lti.key-encryption-key changed since it was made?",
          e);
    }
  }
}
