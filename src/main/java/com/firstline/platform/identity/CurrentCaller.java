package com.firstline.platform.identity;

import com.firstline.platform.errors.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/**
 * The caller of the current request, set by {@link SessionFilter} from the bearer token. Endpoints
 * ask for it with the role they need: {@code current.require(Role.TRAINER)}.
 */
@RequestScoped
public class CurrentCaller {
  private Caller caller;

  void set(Caller signedIn) {
    this.caller = signedIn;
  }

  public Optional<Caller> get() {
    return Optional.ofNullable(caller);
  }

  /** The signed-in caller, or a 401 problem when the request carries no valid session. */
  public Caller signedIn() {
    if (caller == null) {
      throw new ProblemException(
          401, "Unauthorized", "Sign in through your LMS first: this needs a valid session.");
    }
    return caller;
  }

  public Caller require(Role role) {
    return signedIn().require(role);
  }
}
