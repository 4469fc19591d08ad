package com.firstline.platform.identity;

import com.firstline.platform.startup.RunningMode;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Issues and checks the session tokens of signed-in people (see {@link SessionTokens}). The secret
 * comes from {@code platform.session-secret}. Outside development it is required (see {@link
 * com.firstline.platform.startup.StartupGuard}); in development a random secret is made at startup,
 * which is fine for one server but logs out everyone on restart, so it is warned about.
 */
@ApplicationScoped
public class Sessions {
  private static final Logger LOG = Logger.getLogger(Sessions.class.getName());

  @Inject
  @ConfigProperty(name = "platform.session-secret")
  Optional<String> configuredSecret;

  @Inject RunningMode running;

  @Inject
  @ConfigProperty(name = "platform.session-minutes", defaultValue = "480")
  int sessionMinutes;

  private SessionTokens tokens;

  @PostConstruct
  void init() {
    String secret =
        configuredSecret
            .filter(s -> !s.isBlank())
            .orElseGet(
                () -> {
                  if (!running.isDevelopment()) {
                    throw new IllegalStateException(
                        "platform.session-secret is required outside development");
                  }
                  LOG.warning(
                      "platform.session-secret is not set: using a random secret; sessions end"
                          + " when this server restarts and are not shared with other nodes.");
                  byte[] random = new byte[48];
                  new SecureRandom().nextBytes(random);
                  return Base64.getEncoder().encodeToString(random);
                });
    tokens = new SessionTokens(secret, Duration.ofMinutes(sessionMinutes), Clock.systemUTC());
  }

  public String issue(Caller caller) {
    return tokens.issue(caller);
  }

  public Optional<Caller> verify(String token) {
    return tokens.verify(token);
  }
}
