package com.firstline.audit;

/**
 * Who did an admin action: the operator holding the admin token, or a person (an LMS
 * Administrator's launch, the development sign-in).
 *
 * @param personId null for the admin token
 */
public record Actor(Kind kind, Long personId) {
  /** How the actor proved who they are. */
  public enum Kind {
    TOKEN,
    PERSON
  }

  public static final Actor TOKEN = new Actor(Kind.TOKEN, null);

  public static Actor person(long personId) {
    return new Actor(Kind.PERSON, personId);
  }
}
