package com.firstline.scenario.model;

/**
 * A paragraph of an ending's debrief that is shown only on the paths where {@code condition} holds,
 * so the text can say what this manager actually did.
 *
 * @param condition when the paragraph is shown; null means always
 * @param text safe Markdown
 */
public record Paragraph(Condition condition, String text) {

  public boolean isShownWith(Variables variables) {
    return condition == null || condition.holds(variables);
  }
}
