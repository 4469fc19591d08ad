package com.firstline.platform.identity;

import com.firstline.platform.errors.ProblemException;
import java.util.Optional;
import java.util.Set;

/**
 * Who is calling, as proven by their session token: the person, their roles in the context they
 * launched from, that launch (which carries the LMS services for grades and rosters) and, for a
 * launch from a module's link in a course, that link.
 *
 * @param launchId the LTI launch this session came from, or null for a development sign-in
 * @param link the course link the session was opened from, or null (development sign-in, or a
 *     launch that was not a module's link, such as deep linking)
 */
public record Caller(long personId, Set<Role> roles, String launchId, CourseLink link) {
  public Caller {
    roles = Set.copyOf(roles);
  }

  /** A session that came from no LMS link: the development sign-in. */
  public static Caller unlinked(long personId, Set<Role> roles) {
    return new Caller(personId, roles, null, null);
  }

  /**
   * One resource link in one course of one LMS, and the module it opens. Attempts, grades and the
   * board belong to a link: the same module in two courses is two gradebook columns.
   *
   * @param key a digest of the platform, deployment, course and link ids (see {@code LinkKeys})
   * @param mode how the link says the module is played ({@code practice} or {@code assessment},
   *     from its custom parameter {@code mode}), or null when it leaves that to the module
   */
  public record CourseLink(String key, String moduleId, String mode) {
    /** A link that leaves the mode to the module. */
    public CourseLink(String key, String moduleId) {
      this(key, moduleId, null);
    }
  }

  public Optional<CourseLink> courseLink() {
    return Optional.ofNullable(link);
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
