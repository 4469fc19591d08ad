package com.firstline.lti.oidc;

import static com.firstline.lti.Html.escape;

/**
 * The answer to an accepted resource-link launch whose browser sent no state cookie but whose login
 * stored its state in platform storage: the page reads the state back and only then goes on to
 * {@code next} (which carries the session in its fragment). Pure logic.
 */
public final class StateCheckPage {
  private StateCheckPage() {}

  public static String html(StorageCheck check, String next, String relaunch) {
    return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<title>Opening Firstline</title><link rel=\"stylesheet\" href=\"/css/firstline.css\">"
        + StorageCheck.scriptHtml()
        + "</head><body><main id=\"main\" tabindex=\"-1\"><h1>Opening Firstline</h1>"
        + "<div"
        + check.dataAttributes()
        + " data-next=\""
        + escape(next)
        + "\"></div>"
        + StorageCheck.statusHtml()
        + RelaunchForm.html(relaunch, true)
        + RelaunchForm.noScriptHtml(relaunch)
        + "</main></body></html>\n";
  }
}
