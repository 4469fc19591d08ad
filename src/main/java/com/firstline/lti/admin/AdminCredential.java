package com.firstline.lti.admin;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The admin token of this server ({@code lti.admin-token}), for the admin endpoints to require. */
@ApplicationScoped
public class AdminCredential {
  @Inject
  @ConfigProperty(name = "lti.admin-token")
  Optional<String> configuredToken;

  private AdminToken token;

  @PostConstruct
  void init() {
    token = new AdminToken(configuredToken);
  }

  /** See {@link AdminToken#require(String)}. */
  public void require(String authorizationHeader) {
    token.require(authorizationHeader);
  }

  /** See {@link AdminToken#accepts(String)}. */
  public boolean accepts(String authorizationHeader) {
    return token.accepts(authorizationHeader);
  }
}
