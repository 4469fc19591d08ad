package com.firstline.lti.oidc;

import static com.firstline.lti.Html.escape;

/**
 * What a launch page needs to read the login's state back from the LMS's platform storage ({@code
 * /js/lti/check-state.js}): the frame the login stored it in, the LMS's origin that must answer,
 * and the state. Rendered as data attributes, so the page has no inline script. Pure logic.
 */
public record StorageCheck(String storageTarget, String platformOrigin, String state) {

  /** The check for a login made through platform storage with the LMS at this auth URL. */
  public static StorageCheck of(PendingLogin login, String authUrl) {
    return new StorageCheck(
        login.storageTarget(), PlatformStoragePage.origin(authUrl), login.state());
  }

  /** The element's attributes, starting with a space. */
  public String dataAttributes() {
    return " data-storage-check data-storage-target=\""
        + escape(storageTarget)
        + "\" data-platform-origin=\""
        + escape(platformOrigin)
        + "\" data-state=\""
        + escape(state)
        + "\"";
  }

  /** The line that waits for the check, and says so when it fails (a live region). */
  public static String statusHtml() {
    return "<p id=\"storage-status\" role=\"status\" data-failed=\""
        + escape(
            "Firstline could not confirm that this sign-in was started in this browser, so it"
                + " stopped here to keep your account safe.")
        + "\">Checking that this sign-in is yours\u2026</p>";
  }

  /** The script that runs the check. */
  public static String scriptHtml() {
    return "<script type=\"module\" src=\"/js/lti/check-state.js\"></script>";
  }
}
