package com.firstline.lti.devplatform;

import com.firstline.platform.errors.Problem;
import com.firstline.platform.errors.ProblemException;
import com.firstline.platform.identity.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a try-out asks for: who to be and which module to open. It travels through the real login as
 * the {@code login_hint} (the role) and {@code lti_message_hint} (the module), the two values a
 * platform passes through the tool unchanged. Pure logic.
 */
record TryOut(Role role, String moduleId) {
  private static final Pattern MODULE_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");

  static TryOut of(String role, String moduleId) {
    List<Problem.InputError> errors = new ArrayList<>();
    Role parsed = null;
    try {
      parsed = Role.valueOf(role == null ? "" : role.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      errors.add(Problem.InputError.field("role", "must be MANAGER, TRAINER or ADMIN"));
    }
    if (moduleId == null || !MODULE_ID.matcher(moduleId).matches()) {
      errors.add(Problem.InputError.field("module", "must be the id of a module"));
    }
    if (!errors.isEmpty()) {
      throw ProblemException.badRequest("Choose a module and a role to try.", errors);
    }
    return new TryOut(parsed, moduleId);
  }

  String loginHint() {
    return role.name().toLowerCase(Locale.ROOT);
  }

  /** The LTI roles a real LMS would send for this Firstline role. */
  List<String> ltiRoles() {
    String membership = "http://purl.imsglobal.org/vocab/lis/v2/membership#";
    return switch (role) {
      case MANAGER -> List.of(membership + "Learner");
      case TRAINER -> List.of(membership + "Instructor");
      case ADMIN ->
          List.of(
              "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Administrator",
              membership + "Instructor");
      // Staff is what engagement.hr-analyst-roles is usually set to; unmapped it reads as a
      // manager.
      case HR_ANALYST -> List.of("http://purl.imsglobal.org/vocab/lis/v2/institution/person#Staff");
    };
  }

  /** One made-up person per role, so repeated try-outs resume where they left off. */
  String subject() {
    return "dev-" + loginHint();
  }

  String displayName() {
    return switch (role) {
      case MANAGER -> "Sam Try (manager)";
      case TRAINER -> "Alex Try (trainer)";
      case ADMIN -> "Kim Try (admin)";
      case HR_ANALYST -> "Robin Try (HR analyst)";
    };
  }
}
