package com.firstline.lti.dynamicregistration;

import com.firstline.platform.db.EntityReads;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one-time codes of registration links. Each method is its own transaction: a claim must be
 * committed before the slow calls to the platform start, so that two tabs opening the same link
 * cannot both register.
 */
@ApplicationScoped
@Transactional
public class RegistrationCodes {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int MAX_CODE_LENGTH = 100;

  @PersistenceContext(unitName = "firstline")
  EntityManager em;

  @Inject
  @ConfigProperty(name = "lti.registration-link-hours", defaultValue = "24")
  long validHours;

  Clock clock = Clock.systemUTC();

  /** A new code (the only time it exists in clear) and when it expires. */
  public record NewCode(String code, Instant expiresAt) {}

  public NewCode create() {
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    String code = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    Instant now = clock.instant();
    Instant expiresAt = now.plus(Duration.ofHours(validHours));
    em.persist(new RegistrationCode(hash(code), now, expiresAt));
    return new NewCode(code, expiresAt);
  }

  /**
   * Uses the code up; false when it is unknown, used or expired (one answer for all three, so the
   * caller's page tells an attacker nothing about which codes exist). One UPDATE decides, so it
   * holds on many nodes at once. False rather than an exception: a runtime exception would roll the
   * transaction back and be reported by the server as an incident.
   */
  public boolean claim(String code) {
    if (code == null || code.isBlank() || code.length() > MAX_CODE_LENGTH) {
      return false;
    }
    Instant now = clock.instant();
    return em.createQuery(
                "UPDATE LtiRegistrationCode c SET c.usedAt = :now WHERE c.codeHash = :hash"
                    + " AND c.usedAt IS NULL AND c.expiresAt > :now")
            .setParameter("now", now)
            .setParameter("hash", hash(code))
            .executeUpdate()
        == 1;
  }

  /** Gives a claimed code back, for a registration that failed before the platform accepted it. */
  public void release(String code) {
    em.createQuery(
            "UPDATE LtiRegistrationCode c SET c.usedAt = NULL WHERE c.codeHash = :hash"
                + " AND c.registrationId IS NULL")
        .setParameter("hash", hash(code))
        .executeUpdate();
  }

  /** Notes which registration the code made. */
  public void registered(String code, long registrationId) {
    EntityReads.find(em, RegistrationCode.class, hash(code))
        .ifPresent(used -> used.registered(registrationId));
  }

  static String hash(String code) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }
}
