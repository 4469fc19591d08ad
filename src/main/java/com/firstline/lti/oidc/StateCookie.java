package com.firstline.lti.oidc;

/**
 * The cookie that ties a login to the browser that began it, named after its state so that two
 * launches in two tabs do not overwrite each other. The launch goes on at once only when it comes
 * back (see {@code LaunchServlet}).
 *
 * <p>Over HTTPS it is a {@code __Host-} cookie with {@code SameSite=None; Secure}: the platform's
 * form post into an LMS frame is cross-site, and the prefix makes browsers refuse the same name
 * from any other host, so a sibling subdomain cannot plant a state cookie of its own. Over plain
 * HTTP (development) neither is allowed, so it is {@code Lax} with the launch URL's path and mostly
 * absent at a cross-site launch. Browsers that block third-party cookies drop it inside frames
 * anyway; platform storage then proves the browser instead.
 */
public final class StateCookie {
  private static final String PREFIX = "lti_state_";
  private static final String HOST_ONLY = "__Host-";

  private StateCookie() {}

  public static String name(String state, boolean https) {
    return (https ? HOST_ONLY : "") + PREFIX + state;
  }

  /** The {@code Set-Cookie} value; for the launch only, and for the login's lifetime. */
  public static String header(String state, boolean https) {
    return name(state, https) + "=" + state + attributes(https, LoginStates.LIFETIME.toSeconds());
  }

  /** Clears the cookie once the launch has used it. */
  public static String cleared(String state, boolean https) {
    return name(state, https) + "=" + attributes(https, 0);
  }

  private static String attributes(boolean https, long maxAgeSeconds) {
    return (https ? "; Path=/" : "; Path=/lti/launch")
        + "; Max-Age="
        + maxAgeSeconds
        + "; HttpOnly"
        + (https ? "; Secure; SameSite=None" : "; SameSite=Lax");
  }
}
