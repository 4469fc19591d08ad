package com.firstline.tracking.xapi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The {@code tracking.xapi.*} settings: the LRS to send learning records to, and Firstline's public
 * address, which names its activities and the home of its own people in every statement. Without an
 * endpoint, or without that address, xAPI is off: no statement is written, and rows written while
 * it was on wait. The address is configuration, not the address of whichever request happens to
 * record a step, so the same module is the same activity whatever address a manager used, and
 * statements can be recorded outside a request. The password is only ever put into the
 * Authorization header, never into a message.
 */
@ApplicationScoped
public class XapiSettings {
  private static final Logger LOG = Logger.getLogger(XapiSettings.class.getName());

  @Inject
  @ConfigProperty(name = "tracking.xapi.activity-base")
  Optional<String> activityBase;

  @Inject
  @ConfigProperty(name = "lti.tool-url")
  Optional<String> toolUrl;

  @Inject
  @ConfigProperty(name = "tracking.xapi.endpoint")
  Optional<String> endpoint;

  @Inject
  @ConfigProperty(name = "tracking.xapi.username")
  Optional<String> username;

  @Inject
  @ConfigProperty(name = "tracking.xapi.password")
  Optional<String> password;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
    if (endpoint.filter(e -> !e.isBlank()).isPresent() && activityBase().isEmpty()) {
      LOG.severe(
          "xAPI is off: tracking.xapi.endpoint is set, but neither lti.tool-url nor"
              + " tracking.xapi.activity-base gives Firstline's public address for activity ids.");
    }
  }

  public boolean enabled() {
    return endpoint.filter(e -> !e.isBlank()).isPresent() && activityBase().isPresent();
  }

  /**
   * Firstline's public address without a trailing slash: {@code tracking.xapi.activity-base}, or
   * else {@code lti.tool-url}.
   */
  public Optional<String> activityBase() {
    return activityBase
        .or(() -> toolUrl)
        .map(String::strip)
        .filter(url -> !url.isEmpty())
        .map(url -> url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
  }

  /** Where statements are POSTed: the endpoint's {@code statements} resource. */
  public String statementsUrl() {
    String base = endpoint.orElseThrow().strip();
    return (base.endsWith("/") ? base : base + "/") + "statements";
  }

  /** The HTTP Basic credentials, when a username is set. */
  public Optional<String> authorization() {
    return username
        .filter(u -> !u.isBlank())
        .map(
            u ->
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString(
                            (u + ":" + password.orElse("")).getBytes(StandardCharsets.UTF_8)));
  }
}
