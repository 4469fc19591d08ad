package com.firstline.lti.launch;

/**
 * A launch that cannot prove it came back to the browser that began its login: no state cookie and
 * no platform storage to read the state from. It carries the login's parameters so the refusal can
 * offer to begin the same login again in a new window.
 */
public final class BrowserNotBound extends LaunchRejected {
  private static final long serialVersionUID = 1L;

  private final String relaunch;

  BrowserNotBound(String relaunch) {
    super(
        Rule.BROWSER,
        Rule.BROWSER
            .rejected(
                "This browser did not send back the cookie of the sign-in it began, and the LMS"
                    + " offered no platform storage to check it by, so Firstline cannot tell that"
                    + " this launch is yours.")
            .problem());
    this.relaunch = relaunch;
  }

  /** The login's parameters, {@code application/x-www-form-urlencoded}. */
  public String relaunch() {
    return relaunch;
  }
}
