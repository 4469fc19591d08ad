package com.firstline.platform.identity;

/**
 * What a person may do in Firstline. LTI roles map onto these: Learner becomes MANAGER (the
 * managers taking lessons), Instructor and ContentDeveloper become TRAINER, Administrator becomes
 * ADMIN. HR_ANALYST reads engagement data (see the engagement feature): it comes from the
 * development sign-in or from LTI roles that {@code engagement.hr-analyst-roles} names.
 */
public enum Role {
  MANAGER,
  TRAINER,
  ADMIN,
  HR_ANALYST
}
