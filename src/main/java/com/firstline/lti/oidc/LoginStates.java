package com.firstline.lti.oidc;

import com.firstline.lti.FormEncoding;
import com.firstline.platform.db.EntityReads;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * States and nonces of logins in flight, in the database so that several server nodes share them. A
 * login has ten minutes to come back; spent and expired records are purged a day later (checked at
 * most once a minute on each node).
 */
@ApplicationScoped
// Reads run in a transaction too: on Liberty, an entity manager used outside one fails to release
// its connection cleanly when the request ends (J2CA0026E in the log).
@Transactional
public class LoginStates {
  static final Duration LIFETIME = Duration.ofMinutes(10);
  private static final Duration KEPT_AFTER_EXPIRY = Duration.ofDays(1);
  private static final Duration PURGE_INTERVAL = Duration.ofMinutes(1);
  private static final SecureRandom RANDOM = new SecureRandom();

  private final AtomicReference<Instant> lastPurge = new AtomicReference<>();

  @PersistenceContext(unitName = "firstline")
  EntityManager em;

  Clock clock = Clock.systemUTC();

  /** Records a new login for this registration, begun by this request. */
  public PendingLogin begin(long registrationId, LoginRequest request) {
    Instant now = clock.instant();
    purgeOldLogins(now);
    LoginState login =
        new LoginState(
            random(),
            random(),
            registrationId,
            request.storageTarget(),
            FormEncoding.of(request.relaunchParameters()),
            now,
            now.plus(LIFETIME));
    em.persist(login);
    return login.pending();
  }

  /**
   * Deletes logins a day past their expiry. Housekeeping, so at most once a minute on each node
   * rather than in every login: a range delete per login costs every launch a write it does not
   * need.
   */
  private void purgeOldLogins(Instant now) {
    Instant last = lastPurge.get();
    if (last != null && now.isBefore(last.plus(PURGE_INTERVAL))) {
      return;
    }
    if (lastPurge.compareAndSet(last, now)) {
      em.createQuery("DELETE FROM LtiLoginState s WHERE s.expiresAt < :cutoff")
          .setParameter("cutoff", now.minus(KEPT_AFTER_EXPIRY))
          .executeUpdate();
    }
  }

  /** The login with this state, when it is neither used nor expired. Reads only. */
  public Optional<PendingLogin> pending(String state) {
    if (state == null || state.isBlank() || state.length() > 64) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    return EntityReads.find(em, LoginState.class, state)
        .filter(s -> s.isPending(now))
        .map(LoginState::pending);
  }

  /**
   * Marks the login used, in the caller's transaction; false when another request used it first.
   * One conditional UPDATE, so two nodes racing with the same state cannot both succeed.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public boolean consume(String state) {
    Instant now = clock.instant();
    // Native SQL: Hibernate translates a JPQL bulk update anew on every call, and this one runs
    // in every launch.
    return em.createNativeQuery(
                "UPDATE lti_login_state SET used_at = ?1"
                    + " WHERE state = ?2 AND used_at IS NULL AND expires_at > ?1")
            .setParameter(1, now)
            .setParameter(2, state)
            .executeUpdate()
        == 1;
  }

  /** 32 random bytes, base64url: unguessable, and safe in URLs and cookie names. */
  private static String random() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
