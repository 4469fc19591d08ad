package com.firstline.lti.launch;

import java.util.List;

/** Runs checks in order; the first that fails decides the refusal. Pure logic. */
public final class IdTokenVerifier {
  private final List<IdTokenCheck> checks;

  private IdTokenVerifier(List<IdTokenCheck> checks) {
    this.checks = List.copyOf(checks);
  }

  public static IdTokenVerifier withChecks(List<IdTokenCheck> checks) {
    return new IdTokenVerifier(checks);
  }

  public static IdTokenVerifier withChecks(IdTokenCheck... checks) {
    return new IdTokenVerifier(List.of(checks));
  }

  /** The token, having passed every check; else the first check's {@link LaunchRejected}. */
  public IdToken verify(IdToken token) {
    for (IdTokenCheck check : checks) {
      check.check(token);
    }
    return token;
  }
}
