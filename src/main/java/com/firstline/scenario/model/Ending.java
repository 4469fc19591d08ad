package com.firstline.scenario.model;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * An outcome of the module.
 *
 * @param debrief what this outcome means, in safe Markdown
 * @param score the score in {@link ScoringMode#ENDING} mode; null when the score is made otherwise
 * @param reflection a question the manager answers in their own words
 * @param outcome what the author means this ending to be; null when not said
 * @param paragraphs debrief paragraphs shown after {@code debrief} when their condition holds
 */
public record Ending(
    String id,
    String title,
    String debrief,
    Integer score,
    String reflection,
    Outcome outcome,
    List<Paragraph> paragraphs)
    implements Node {

  public Ending {
    paragraphs = List.copyOf(paragraphs);
  }

  public Ending(String id, String title, String debrief, Integer score, String reflection) {
    this(id, title, debrief, score, reflection, null, List.of());
  }

  /**
   * The debrief a manager who ends here with {@code variables} reads: Markdown, paragraphs apart.
   */
  public String debriefFor(Variables variables) {
    return Stream.concat(
            Stream.ofNullable(debrief),
            paragraphs.stream().filter(p -> p.isShownWith(variables)).map(Paragraph::text))
        .map(String::strip)
        .filter(text -> !text.isEmpty())
        .collect(Collectors.joining("\n\n"));
  }
}
