package com.firstline.engagement.org;

import java.util.Locale;

/**
 * How a manager is known across imports: by employee id when the organisation gives one, otherwise
 * by email (lower-cased). Written {@code id:<employee id>} or {@code email:<email>}.
 */
public final class ManagerKey {
  private ManagerKey() {}

  /** The key, or null for a team without a manager. */
  public static String of(String employeeId, String email) {
    if (employeeId != null && !employeeId.isBlank()) {
      return "id:" + employeeId.strip();
    }
    if (email != null && !email.isBlank()) {
      return "email:" + email.strip().toLowerCase(Locale.ROOT);
    }
    return null;
  }

  public static String employeeId(String key) {
    return key != null && key.startsWith("id:") ? key.substring(3) : null;
  }

  public static String email(String key) {
    return key != null && key.startsWith("email:") ? key.substring(6) : null;
  }
}
