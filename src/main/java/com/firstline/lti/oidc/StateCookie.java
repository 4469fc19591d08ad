package com.firstline.lti.oidc;

/**
 * The cookie that ties a login to the browser that began it, named after its state so that two
 * launches in two tabs do not overwrite each other. Inside an LMS iframe the platform's form post
 * is cross-site: the cookie only comes back with {@code SameSite=None; Secure}, so over plain HTTP
 * (development) it is {@code Lax} and mostly absent at launch, and browsers that block third-party
 * cookies drop it anyway. That is why the launch trusts the database record, not this cookie.
 */
public final class StateCookie {
  private static final String PREFIX = "lti_state_";

  private StateCookie() {}

  public static String name(String state) {
    return PREFIX + state;
  }

  /** The {@code Set-Cookie} value; scoped to the launch URL and the login's lifetime. */
  public static String header(String state, boolean https) {
    return name(state)
        + "="
        + state
        + "; Path=/lti/launch; Max-Age="
        + LoginStates.LIFETIME.toSeconds()
        + "; HttpOnly"
        + (https ? "; Secure; SameSite=None" : "; SameSite=Lax");
  }

  /** Clears the cookie once the launch has used it. */
  public static String cleared(String state, boolean https) {
    return name(state)
        + "=; Path=/lti/launch; Max-Age=0; HttpOnly"
        + (https ? "; Secure; SameSite=None" : "; SameSite=Lax");
  }
}
