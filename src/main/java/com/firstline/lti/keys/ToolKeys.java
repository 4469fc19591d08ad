package com.firstline.lti.keys;

import com.firstline.platform.db.EntityReads;
import com.firstline.platform.startup.RunningMode;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The tool's signing keys. On first start a key is made (see {@link SigningKeyAtStartup}). {@link
 * #rotate()} makes a new signing key and retires every key older than the one it replaces, so
 * exactly one previous key stays in the JWKS: platforms holding tokens or cached key sets from
 * before the rotation keep verifying.
 */
@ApplicationScoped
// Reads run in a transaction too: on Liberty, an entity manager used outside one fails to release
// its connection cleanly when the request ends (J2CA0026E in the log).
@Transactional
public class ToolKeys {
  private static final Logger LOG = Logger.getLogger(ToolKeys.class.getName());

  @PersistenceContext(unitName = "firstline")
  EntityManager em;

  @Inject
  @ConfigProperty(name = "lti.key-encryption-key")
  Optional<String> configuredEncryptionKey;

  @Inject RunningMode running;

  Clock clock = Clock.systemUTC();

  private KeyEncryption encryption;

  @PostConstruct
  void init() {
    encryption =
        configuredEncryptionKey
            .filter(k -> !k.isBlank())
            .map(KeyEncryption::fromBase64)
            .orElseGet(
                () -> {
                  // StartupGuard stops a production server before this; this is the second lock.
                  if (!running.isDevelopment()) {
                    throw new IllegalStateException(
                        "lti.key-encryption-key is required outside development");
                  }
                  LOG.warning(
                      "lti.key-encryption-key is not set: the tool's private keys are sealed with"
                          + " a development key anyone can derive (development mode only).");
                  return KeyEncryption.developmentKey();
                });
  }

  /**
   * The kid of the signing key, made now if there is none. Two nodes starting together may each
   * make one; both are then published and the newer signs, which is harmless.
   */
  public String ensureSigningKey() {
    return published().stream()
        .findFirst()
        .orElseGet(
            () -> {
              ToolKey created = ToolKey.generate(encryption, clock.instant());
              em.persist(created);
              return created;
            })
        .kid();
  }

  /** The public keys platforms verify our signatures with, newest first. */
  public JWKSet publicKeys() {
    List<JWK> keys = published().stream().map(k -> (JWK) k.publicKey()).toList();
    return new JWKSet(keys);
  }

  /** The key pair to sign client assertions and deep-linking responses with. */
  public RSAKey signingKey() {
    String kid = ensureSigningKey();
    return EntityReads.find(em, ToolKey.class, kid)
        .orElseThrow(() -> new IllegalStateException("The signing key " + kid + " is not stored"))
        .keyPair(encryption);
  }

  /** Makes a new signing key; the one it replaces stays published, older ones are retired. */
  public String rotate() {
    List<ToolKey> before = published();
    ToolKey created = ToolKey.generate(encryption, clock.instant());
    em.persist(created);
    before.stream().skip(1).forEach(k -> k.retire(clock.instant()));
    LOG.info(() -> "LTI tool key rotated: now signing with " + created.kid());
    return created.kid();
  }

  private List<ToolKey> published() {
    return em.createQuery(
            "SELECT k FROM LtiToolKey k WHERE k.retiredAt IS NULL"
                + " ORDER BY k.createdAt DESC, k.kid",
            ToolKey.class)
        .getResultList();
  }
}
