package com.firstline.audit;

import com.firstline.platform.identity.Caller;
import java.util.Optional;

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

  /** The person signed in on this request, or else the token holder. */
  public static Actor of(Optional<Caller> signedIn) {
    return signedIn.map(caller -> person(caller.personId())).orElse(TOKEN);
  }
}
