package com.firstline.platform.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The mode this server runs in, for the features whose rules differ in development. */
@ApplicationScoped
public class RunningMode {
  @Inject
  @ConfigProperty(name = PlatformMode.KEY)
  Optional<String> configured;

  public PlatformMode mode() {
    return PlatformMode.parse(configured.orElse(null));
  }

  public boolean isDevelopment() {
    return mode().isDevelopment();
  }
}
