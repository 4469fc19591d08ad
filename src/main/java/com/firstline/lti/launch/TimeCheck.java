package com.firstline.lti.launch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

/**
 * The id_token is current: {@code exp} not passed and {@code iat} not in the future, each allowing
 * for {@code lti.clock-skew-seconds} of disagreement between the platform's clock and ours. Both
 * claims are required (OIDC Core §2).
 */
public final class TimeCheck implements IdTokenCheck {
  private final Clock clock;
  private final Duration skew;

  public TimeCheck(Clock clock, Duration skew) {
    this.clock = clock;
    this.skew = skew;
  }

  @Override
  public void check(IdToken token) {
    Instant now = clock.instant();
    Date expires = token.claims().getExpirationTime();
    if (expires == null) {
      throw Rule.EXPIRY.rejected("The id_token has no 'exp' (expiry time).");
    }
    if (!now.isBefore(expires.toInstant().plus(skew))) {
      throw Rule.EXPIRY.rejected(
          "The id_token expired at " + expires.toInstant() + "; it is now " + now + ".");
    }
    Date issued = token.claims().getIssueTime();
    if (issued == null) {
      throw Rule.ISSUED_AT.rejected("The id_token has no 'iat' (issue time).");
    }
    if (issued.toInstant().isAfter(now.plus(skew))) {
      throw Rule.ISSUED_AT.rejected(
          "The id_token says it was issued at "
              + issued.toInstant()
              + ", in the future (it is now "
              + now
              + "): check the platform's clock.");
    }
    if (issued.after(expires)) {
      throw Rule.ISSUED_AT.rejected("The id_token's 'iat' is after its 'exp'.");
    }
  }
}
