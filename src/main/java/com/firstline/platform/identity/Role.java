package com.firstline.platform.identity;

/**
 * What a person may do in Firstline. LTI roles map onto these: Learner becomes MANAGER (the
 * managers taking lessons), Instructor and ContentDeveloper become TRAINER, Administrator becomes
 * ADMIN.
 */
public enum Role {
  MANAGER,
  TRAINER,
  ADMIN
}
