package com.firstline.lti.devplatform;

import com.firstline.platform.errors.Problem;
import com.firstline.platform.errors.ProblemException;
import com.firstline.platform.identity.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a try-out asks for: who to be, and which module to open or, for "add modules to the course",
 * none (the module picker, a deep-linking request). It travels through the real login as the {@code
 * login_hint} (the role) and {@code lti_message_hint} (the module, or {@link #PICK_HINT}), the two
 * values a platform passes through the tool unchanged. Pure logic.
 *
 * @param moduleId the module to launch, or null for the module picker
 */
record TryOut(Role role, String moduleId) {
  /** The message hint of a deep-linking try-out: not a module id, which has no colon. */
  static final String PICK_HINT = "deep-linking:pick";

  private static final Pattern MODULE_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");

  static TryOut of(String role, String messageHint) {
    List<Problem.InputError> errors = new ArrayList<>();
    Role parsed = null;
    try {
      parsed = Role.valueOf(role == null ? "" : role.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      parsed = null;
    }
    // The sample course has managers, a trainer and an admin; an LMS has no HR analyst role.
    if (parsed == null || parsed == Role.HR_ANALYST) {
      parsed = null;
      errors.add(Problem.InputError.field("role", "must be MANAGER, TRAINER or ADMIN"));
    }
    boolean picking = PICK_HINT.equals(messageHint);
    if (picking && parsed == Role.MANAGER) {
      errors.add(Problem.InputError.field("role", "must be TRAINER or ADMIN to add modules"));
    }
    if (!picking && (messageHint == null || !MODULE_ID.matcher(messageHint).matches())) {
      errors.add(Problem.InputError.field("module", "must be the id of a module"));
    }
    if (!errors.isEmpty()) {
      throw ProblemException.badRequest("Choose a module and a role to try.", errors);
    }
    return new TryOut(parsed, picking ? null : messageHint);
  }

  static TryOut picking(Role role) {
    return of(role.name(), PICK_HINT);
  }

  boolean picksModules() {
    return moduleId == null;
  }

  String loginHint() {
    return role.name().toLowerCase(Locale.ROOT);
  }

  String messageHint() {
    return picksModules() ? PICK_HINT : moduleId;
  }
}
