package com.firstline.lti.keys;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.logging.Logger;

/**
 * Makes sure the tool has a signing key as soon as it starts, so {@code /lti/jwks} is never empty.
 * Observes later than the schema migration (default observer priority), so the table exists.
 */
@ApplicationScoped
public class SigningKeyAtStartup {
  private static final Logger LOG = Logger.getLogger(SigningKeyAtStartup.class.getName());

  @Inject ToolKeys keys;

  void onStart(
      @Observes
          @Priority(Interceptor.Priority.APPLICATION + 600)
          @Initialized(ApplicationScoped.class)
          Object ignored) {
    try {
      String kid = keys.ensureSigningKey();
      LOG.info(() -> "LTI tool signing key: " + kid);
    } catch (RuntimeException e) {
      LOG.severe(() -> "Could not prepare the LTI tool key: " + e.getMessage());
    }
  }
}
