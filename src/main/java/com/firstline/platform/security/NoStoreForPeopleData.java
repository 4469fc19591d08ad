package com.firstline.platform.security;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * Answers that carry people's data (attempts, boards, deliveries, engagement results, authoring's
 * learner figures, anything for admins) are {@code Cache-Control: no-store}: no browser, proxy or
 * shared computer keeps a copy after the page is closed. Other answers (modules, texts) keep the
 * caching their resources chose.
 */
@Provider
public class NoStoreForPeopleData implements ContainerResponseFilter {
  /** Paths under /api/ whose answers are about people. */
  static final List<String> PEOPLE_DATA =
      List.of("attempts", "board", "deliveries", "engagement", "authoring", "admin", "people");

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (aboutPeople(request.getUriInfo().getPath())) {
      response.getHeaders().putSingle("Cache-Control", "no-store");
    }
  }

  /** Whether a path relative to /api/ (with or without its leading slash) is about people. */
  static boolean aboutPeople(String path) {
    String relative = path.startsWith("/") ? path.substring(1) : path;
    return PEOPLE_DATA.stream().anyMatch(p -> relative.equals(p) || relative.startsWith(p + "/"));
  }
}
