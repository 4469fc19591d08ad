package com.firstline.platform.startup;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs before anything else at startup (before the schema migration): outside development, a
 * missing secret stops the application here. Throwing from this observer makes Liberty fail the
 * application's start, so it answers nothing rather than run with an unsafe fallback.
 */
@ApplicationScoped
public class StartupGuard {
  private static final Logger LOG = Logger.getLogger(StartupGuard.class.getName());

  @Inject
  @ConfigProperty(name = PlatformMode.KEY)
  Optional<String> mode;

  @Inject
  @ConfigProperty(name = RequiredSettings.SESSION_SECRET)
  Optional<String> sessionSecret;

  @Inject
  @ConfigProperty(name = RequiredSettings.KEY_ENCRYPTION_KEY)
  Optional<String> keyEncryptionKey;

  void onStart(
      @Observes
          @Priority(Interceptor.Priority.PLATFORM_BEFORE)
          @Initialized(ApplicationScoped.class)
          Object ignored) {
    PlatformMode running = PlatformMode.parse(mode.orElse(null));
    List<String> refusals = RequiredSettings.refusals(running, sessionSecret, keyEncryptionKey);
    if (!refusals.isEmpty()) {
      refusals.forEach(r -> LOG.severe(() -> "Firstline refuses to start: " + r));
      throw new IllegalStateException(
          "Firstline refuses to start in "
              + running.name().toLowerCase(java.util.Locale.ROOT)
              + " mode: "
              + String.join(" ", refusals)
              + " (Set platform.mode=development only on a developer's machine.)");
    }
    LOG.info(
        () -> "Firstline runs in " + running.name().toLowerCase(java.util.Locale.ROOT) + " mode");
  }
}
