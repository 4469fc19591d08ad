package com.firstline.tracking.xapi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The {@code tracking.xapi.*} settings: the LRS to send learning records to. Without an endpoint
 * xAPI is off: no statement is written, and rows written while it was on wait. The password is only
 * ever put into the Authorization header, never into a message.
 */
@ApplicationScoped
public class XapiSettings {
  @Inject
  @ConfigProperty(name = "tracking.xapi.endpoint")
  Optional<String> endpoint;

  @Inject
  @ConfigProperty(name = "tracking.xapi.username")
  Optional<String> username;

  @Inject
  @ConfigProperty(name = "tracking.xapi.password")
  Optional<String> password;

  public boolean enabled() {
    return endpoint.filter(e -> !e.isBlank()).isPresent();
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
