package com.firstline.lti.deeplinking;

import static com.firstline.lti.Html.escape;

import com.firstline.lti.oidc.RelaunchForm;
import com.firstline.lti.oidc.StorageCheck;
import java.util.List;

/**
 * The trainer's choice, rendered by the server so it works without script: one labelled checkbox
 * per module (radio buttons when the platform takes one item), each described by its summary, and
 * one submit button. The session token rides in a hidden field of the POST, never in a URL.
 *
 * <p>Behind a {@link Gate} (a launch without the state cookie), the form stays hidden and empty
 * until the page has read the login's state back from platform storage.
 */
final class ChooserPage {
  private ChooserPage() {}

  /** The storage check the form waits for, and the login's parameters for a new window. */
  record Gate(StorageCheck check, String relaunch) {}

  static String html(
      PageStrings text,
      boolean acceptMultiple,
      List<OfferedModule> modules,
      String session,
      Gate wanted) {
    // With nothing to choose there is no form to hold back.
    Gate gate = modules.isEmpty() ? null : wanted;
    StringBuilder page = new StringBuilder();
    page.append("<!DOCTYPE html>\n<html lang=\"")
        .append(escape(text.lang()))
        .append("\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>")
        .append(escape(text.get("page.title")))
        .append("</title><link rel=\"stylesheet\" href=\"/css/firstline.css\">")
        .append(gate == null ? "" : StorageCheck.scriptHtml())
        .append("</head><body>")
        .append("<a class=\"skip-link\" href=\"#main\">")
        .append(escape(text.get("skip")))
        .append("</a><header class=\"site-header\"><p class=\"brand\">")
        .append(escape(text.get("brand")))
        .append("</p></header><main id=\"main\" tabindex=\"-1\"><h1>")
        .append(escape(text.get("page.title")))
        .append("</h1>");
    if (gate != null) {
      page.append(StorageCheck.statusHtml())
          .append(RelaunchForm.html(gate.relaunch(), true))
          .append(RelaunchForm.noScriptHtml(gate.relaunch()));
    }
    if (modules.isEmpty()) {
      page.append("<p>").append(escape(text.get("empty"))).append("</p>");
    } else {
      if (gate != null) {
        // Intro and form wait, hidden, until the page has read the login's state back.
        page.append("<div hidden")
            .append(gate.check().dataAttributes())
            .append(" data-session=\"")
            .append(escape(session))
            .append("\">");
      }
      page.append("<p>")
          .append(escape(text.get(acceptMultiple ? "intro.multiple" : "intro.single")))
          .append("</p>")
          .append("<form method=\"post\" action=\"/lti/deep-link/answer\" class=\"stacked-form\">")
          .append("<input type=\"hidden\" name=\"session\" value=\"")
          .append(gate == null ? escape(session) : "")
          .append("\"><fieldset class=\"module-choices\"><legend>")
          .append(escape(text.get(acceptMultiple ? "legend.multiple" : "legend.single")))
          .append("</legend><ul class=\"module-list\">");
      for (int i = 0; i < modules.size(); i++) {
        page.append(item(text, modules.get(i), i, acceptMultiple));
      }
      page.append("</ul></fieldset>")
          .append(modeChoice(text))
          .append("<p><button type=\"submit\">")
          .append(escape(text.get("submit")))
          .append("</button></p></form>")
          .append(gate == null ? "" : "</div>");
    }
    return page.append("</main></body></html>\n").toString();
  }

  /**
   * How the links are played: the custom parameter {@code mode} of each content item, or none so
   * the module decides.
   */
  private static String modeChoice(PageStrings text) {
    StringBuilder fieldset =
        new StringBuilder("<fieldset class=\"mode-choices\"><legend>")
            .append(escape(text.get("mode.legend")))
            .append("</legend><ul class=\"module-list\">");
    for (String mode : new String[] {"", "practice", "assessment"}) {
      String id = "mode-" + (mode.isEmpty() ? "module" : mode);
      fieldset
          .append("<li><input type=\"radio\" name=\"mode\" id=\"")
          .append(id)
          .append("\" value=\"")
          .append(mode)
          .append('"')
          .append(mode.isEmpty() ? " checked" : "")
          .append("><label for=\"")
          .append(id)
          .append("\">")
          .append(escape(text.get(mode.isEmpty() ? "mode.module" : "mode." + mode)))
          .append("</label></li>");
    }
    return fieldset.append("</ul></fieldset>").toString();
  }

  private static String item(PageStrings text, OfferedModule module, int index, boolean multiple) {
    String id = "module-" + index;
    return "<li><input type=\""
        + (multiple ? "checkbox" : "radio")
        + "\" id=\""
        + id
        + "\" name=\"module\" value=\""
        + escape(module.id())
        + "\" aria-describedby=\""
        + id
        + "-about\""
        + (!multiple && index == 0 ? " required" : "")
        + "><label for=\""
        + id
        + "\">"
        + escape(module.title())
        + "</label><p id=\""
        + id
        + "-about\" class=\"hint\">"
        + escape(module.summary())
        + " "
        + escape(text.get("module.details", module.minutes(), module.scoreMaximum()))
        + "</p></li>";
  }
}
