package com.firstline.lti.devplatform;

import com.firstline.lti.registration.NewRegistration;
import com.firstline.lti.registration.RegisteredPlatform;
import com.firstline.lti.registration.Registrations;
import com.firstline.platform.db.EntityReads;
import com.firstline.platform.errors.ProblemException;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionalException;
import java.text.ParseException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The development platform itself: whether it is on, its key, and its registration with Firstline.
 * The registration is made on first use from the address the browser used, because that is the
 * address our own launch must fetch the platform's JWKS from; it is upserted, so a server reached
 * under another address simply gets a second registration.
 */
@ApplicationScoped
// Reads run in a transaction too: on Liberty, an entity manager used outside one fails to release
// its connection cleanly when the request ends (J2CA0026E in the log).
@Transactional
public class DevPlatform {
  static final String PATH = "/dev-platform";
  static final String CLIENT_ID = "firstline-dev-platform";
  static final String DEPLOYMENT_ID = "dev-deployment";

  @Inject
  @ConfigProperty(name = "dev.platform.enabled", defaultValue = "false")
  boolean enabled;

  @PersistenceContext(unitName = "firstline")
  EntityManager em;

  @Inject Registrations registrations;

  Clock clock = Clock.systemUTC();

  private volatile RSAKey key;

  /**
   * A 404 for every endpoint while off: the development platform then does not exist. Outside a
   * transaction: it reads no data, and a refusal thrown inside one is logged as an incident.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public void requireEnabled() {
    if (!enabled) {
      throw ProblemException.notFound(
          "The development platform is turned off on this server (dev.platform.enabled).");
    }
  }

  static String issuer(String base) {
    return base + PATH;
  }

  /**
   * Registers the development platform as reached under {@code base}, or updates it. Each upsert
   * runs in a transaction of its own: two first try-outs at the same moment both insert, one of
   * them hits the unique key, and its second upsert then finds and updates the winner's row.
   */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public RegisteredPlatform registration(String base) {
    requireEnabled();
    try {
      return upsert(base);
    } catch (PersistenceException | TransactionalException raced) {
      return upsert(base);
    }
  }

  private RegisteredPlatform upsert(String base) {
    return registrations.upsert(
        new NewRegistration(
            issuer(base),
            CLIENT_ID,
            base + PATH + "/auth",
            DevServices.url(base, "token"),
            null,
            base + PATH + "/jwks",
            List.of(DEPLOYMENT_ID)));
  }

  /**
   * The signing key, made and stored on first use. Two nodes making it at the same moment would
   * clash on the key's row; one try-out then fails and works when repeated, fine for development.
   */
  public RSAKey key() {
    requireEnabled();
    RSAKey known = key;
    if (known != null) {
      return known;
    }
    DevPlatformKey stored =
        EntityReads.find(em, DevPlatformKey.class, DevPlatformKey.ONLY)
            .orElseGet(
                () -> {
                  DevPlatformKey made =
                      new DevPlatformKey(generate().toJSONString(), clock.instant());
                  em.persist(made);
                  return made;
                });
    try {
      key = RSAKey.parse(stored.privateJwk());
    } catch (ParseException e) {
      throw new IllegalStateException("The development platform's stored key is not a JWK", e);
    }
    return key;
  }

  private static RSAKey generate() {
    try {
      return new RSAKeyGenerator(2048)
          .keyID("dev-" + UUID.randomUUID())
          .algorithm(JWSAlgorithm.RS256)
          .keyUse(KeyUse.SIGNATURE)
          .generate();
    } catch (JOSEException e) {
      throw new IllegalStateException("Cannot generate an RSA key", e);
    }
  }
}
