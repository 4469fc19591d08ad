package com.firstline.lti.launch;

import com.firstline.platform.identity.Role;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * LTI roles to Firstline roles. Learners are the managers taking lessons; instructors, their
 * teaching assistants and content developers are trainers; administrators of the context, the
 * institution or the system are admins. Short names ("Instructor", as LTI 1.3 still allows) and LTI
 * 1.1 URNs are understood; unknown roles are ignored; no recognised role at all means manager, the
 * least privileged. Pure logic.
 */
public final class LtiRoles {
  private static final String LIS_V2 = "http://purl.imsglobal.org/vocab/lis/v2/";
  private static final String LIS_V1 = "urn:lti:";

  private LtiRoles() {}

  public static Set<Role> toFirstline(Collection<String> ltiRoles) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (String ltiRole : ltiRoles) {
      if (ltiRole != null) {
        of(ltiRole.trim()).ifPresent(roles::add);
      }
    }
    if (roles.isEmpty()) {
      roles.add(Role.MANAGER);
    }
    return roles;
  }

  static Optional<Role> of(String ltiRole) {
    if (ltiRole.startsWith(LIS_V2)) {
      return lisV2(ltiRole.substring(LIS_V2.length()));
    }
    if (ltiRole.startsWith(LIS_V1)) {
      return lisV1(ltiRole.substring(LIS_V1.length()));
    }
    if (!ltiRole.contains(":") && !ltiRole.contains("/")) {
      return contextRole(ltiRole);
    }
    return Optional.empty();
  }

  /** {@code membership#Instructor}, {@code membership/Instructor#TeachingAssistant}, ... */
  private static Optional<Role> lisV2(String role) {
    int hash = role.indexOf('#');
    if (hash < 0) {
      return Optional.empty();
    }
    String vocabulary = role.substring(0, hash);
    String name = role.substring(hash + 1);
    if (vocabulary.equals("membership")) {
      return contextRole(name);
    }
    if (vocabulary.startsWith("membership/")) {
      // A sub-role carries the rights of its principal role: Instructor#TeachingAssistant.
      return contextRole(vocabulary.substring("membership/".length()));
    }
    if (vocabulary.equals("institution/person")) {
      return institutionRole(name);
    }
    if (vocabulary.equals("system/person")) {
      return name.equals("Administrator") ? Optional.of(Role.ADMIN) : Optional.empty();
    }
    return Optional.empty();
  }

  /** {@code role:ims/lis/Instructor}, {@code instrole:ims/lis/Administrator}, ... */
  private static Optional<Role> lisV1(String role) {
    int slash = role.lastIndexOf('/');
    String name = role.substring(slash + 1);
    if (role.startsWith("role:ims/lis/")) {
      String principal = role.substring("role:ims/lis/".length()).split("/")[0];
      return contextRole(principal).or(() -> contextRole(name));
    }
    if (role.startsWith("instrole:ims/lis/")) {
      return institutionRole(name);
    }
    if (role.startsWith("sysrole:ims/lis/")) {
      return name.equals("Administrator") ? Optional.of(Role.ADMIN) : Optional.empty();
    }
    return Optional.empty();
  }

  private static Optional<Role> contextRole(String name) {
    return switch (name) {
      case "Learner" -> Optional.of(Role.MANAGER);
      case "Instructor", "ContentDeveloper", "TeachingAssistant" -> Optional.of(Role.TRAINER);
      case "Administrator" -> Optional.of(Role.ADMIN);
      default -> Optional.empty();
    };
  }

  private static Optional<Role> institutionRole(String name) {
    return switch (name) {
      case "Learner", "Student" -> Optional.of(Role.MANAGER);
      case "Instructor", "Faculty" -> Optional.of(Role.TRAINER);
      case "Administrator" -> Optional.of(Role.ADMIN);
      default -> Optional.empty();
    };
  }
}
