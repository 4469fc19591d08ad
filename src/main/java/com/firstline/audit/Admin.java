package com.firstline.audit;

/**
 * Someone allowed to act as an admin, and over what.
 *
 * @param registrationId the one LMS registration (tenant) an LMS Administrator may act on, or null
 *     for everything (the admin token, the development sign-in's admin)
 */
public record Admin(Actor actor, Long registrationId) {
  public boolean everything() {
    return registrationId == null;
  }
}
