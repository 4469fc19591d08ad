package com.firstline.platform.identity;

import com.firstline.platform.errors.ProblemException;
import java.util.Set;

/**
 * Who is calling, as proven by their session token: the person, their roles in the context they
 * launched from, and that launch (which carries the LMS services for grades and rosters).
 *
 * @param launchId the LTI launch this session came from, or null for a development sign-in
 */
public record Caller(long personId, Set<Role> roles, String launchId) {
  public Caller {
    roles = Set.copyOf(roles);
  }

  public boolean has(Role role) {
    return roles.contains(role) || roles.contains(Role.ADMIN);
  }

  /** Checks the role on an endpoint: an admin may do anything a trainer or manager may. */
  public Caller require(Role role) {
    if (!has(role)) {
      throw ProblemException.forbidden("This needs the " + role.name().toLowerCase() + " role.");
    }
    return this;
  }
}
