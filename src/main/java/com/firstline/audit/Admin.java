package com.firstline.audit;

import com.firstline.lti.admin.AdminScope;
import com.firstline.platform.identity.Caller;
import java.util.Optional;

/**
 * Someone allowed to act as an admin, and over what.
 *
 * @param registrationId the one LMS registration (tenant) an LMS Administrator may act on, or null
 *     for everything (the admin token)
 */
public record Admin(Actor actor, Long registrationId) {
  /**
   * The admin that {@link com.firstline.lti.admin.AdminAccess} let through, named as the audit log
   * names them.
   */
  public static Admin of(AdminScope scope, Optional<Caller> signedIn) {
    return new Admin(Actor.of(signedIn), scope.registrationId());
  }

  public boolean everything() {
    return registrationId == null;
  }
}
