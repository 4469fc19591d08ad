package com.firstline.lti.admin;

import com.firstline.lti.launch.LaunchRecord;
import com.firstline.platform.errors.ProblemException;
import com.firstline.platform.identity.Caller;
import com.firstline.platform.identity.Role;
import java.util.Optional;

/**
 * What a caller of the admin API may administer: LTI trust, and also people's data and the audit
 * log (see {@code com.firstline.privacy} and {@code com.firstline.audit}), by the same tenant rule.
 * Pure logic.
 *
 * <ul>
 *   <li>The <b>operator</b> (the server's admin token) administers everything, including what
 *       crosses tenants: registering or deleting platforms, one-time dynamic-registration links
 *       (they let any LMS register itself) and rotating the tool's signing key (every platform
 *       verifies it).
 *   <li>An <b>LTI Administrator</b> launched from an LMS administers that LMS's registration only
 *       (one tenant): they read it, change its addresses and add deployments. Any other
 *       registration answers 404, as if it did not exist.
 * </ul>
 *
 * @param registrationId the LTI admin's registration, or null for the operator
 */
public record AdminScope(Long registrationId) {
  static final AdminScope OPERATOR = new AdminScope(null);

  /**
   * The scope of a signed-in session: only an Administrator launched from a registered LMS. The
   * development sign-in's admin has no LMS behind it, so it administers nothing here: its role is
   * for trying the player and the Insights pages.
   */
  public static AdminScope ofSession(Caller caller, Optional<LaunchRecord> launch) {
    if (!caller.roles().contains(Role.ADMIN)) {
      throw ProblemException.forbidden(
          "Administration needs an Administrator launch from your LMS, or the server's admin token.");
    }
    if (caller.launchId() == null) {
      throw ProblemException.forbidden(
          "Open administration from your LMS as an Administrator, or use the server's admin token.");
    }
    Long registration = launch.map(LaunchRecord::registrationId).orElse(null);
    if (registration == null) {
      throw ProblemException.forbidden("The LMS this session came from is no longer registered.");
    }
    return new AdminScope(registration);
  }

  public boolean operator() {
    return registrationId == null;
  }

  /** Whether a registration is inside the scope. */
  public boolean covers(long id) {
    return operator() || registrationId == id;
  }

  /** Passes for a registration inside the scope; 404 for any other, told as for a missing one. */
  public long require(long id) {
    if (!covers(id)) {
      throw ProblemException.notFound("There is no LTI registration " + id + ".");
    }
    return id;
  }

  /** Passes for the operator; 403 naming the operation for an LTI admin. */
  public AdminScope requireOperator(String operation) {
    if (!operator()) {
      throw ProblemException.forbidden(
          operation
              + " is for the operator of this Firstline server (admin token): it affects every"
              + " platform, not only yours.");
    }
    return this;
  }
}
