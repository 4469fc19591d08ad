package com.firstline.platform.identity;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * Reads the session token from {@code Authorization: Bearer ...} on every API call. A missing or
 * invalid token leaves the caller unknown; each endpoint decides whether that is allowed.
 */
@Provider
public class SessionFilter implements ContainerRequestFilter {
  private static final String BEARER = "Bearer ";

  @Inject Sessions sessions;
  @Inject CurrentCaller current;

  @Override
  public void filter(ContainerRequestContext request) {
    String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    if (header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      sessions.verify(header.substring(BEARER.length()).trim()).ifPresent(current::set);
    }
  }
}
