package com.firstline.lti.oidc;

import static com.firstline.lti.Html.escape;

import com.firstline.lti.FormEncoding;

/**
 * The way out when a launch cannot prove it came back to the browser that began its login (no state
 * cookie inside a frame that blocks third-party cookies, and no platform storage): begin the same
 * login again in a new window, where the cookie is first-party. A plain form, so it works without
 * script; hidden until needed when {@code hidden} is true. Pure logic.
 */
public final class RelaunchForm {
  private RelaunchForm() {}

  /** The form, from a login's relaunch parameters ({@code application/x-www-form-urlencoded}). */
  public static String html(String relaunch, boolean hidden) {
    StringBuilder fields = new StringBuilder();
    FormEncoding.parse(relaunch)
        .forEach(
            (name, value) ->
                fields
                    .append("<input type=\"hidden\" name=\"")
                    .append(escape(name))
                    .append("\" value=\"")
                    .append(escape(value))
                    .append("\">"));
    return "<form id=\"relaunch\" method=\"post\" action=\"/lti/login\" target=\"_blank\""
        + (hidden ? " hidden" : "")
        + "><p>Your browser keeps cookies away from Firstline inside this course page. In a new"
        + " window it can sign you in safely.</p>"
        + fields
        + "<button type=\"submit\">Open Firstline in a new window</button>"
        + "<p class=\"hint\">If no window opens, your course page does not allow it: open the"
        + " link from your course in a new tab instead.</p></form>";
  }

  /** The same form, shown only to a browser without script (the checks need script). */
  public static String noScriptHtml(String relaunch) {
    return "<noscript>" + html(relaunch, false) + "</noscript>";
  }
}
