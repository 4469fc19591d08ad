package com.firstline.scenario.model;

import java.util.List;

/**
 * A situation the manager responds to by picking one of its choices.
 *
 * @param title short heading, or null
 * @param speaker who is talking, or null
 * @param text the situation, in safe Markdown
 * @param media a picture, or null
 */
public record Scene(
    String id, String title, String speaker, String text, Media media, List<Choice> choices)
    implements Node {

  public Scene {
    choices = List.copyOf(choices);
  }

  /** The choices shown to a manager whose variables are {@code variables}, in file order. */
  public List<Choice> offeredChoices(Variables variables) {
    return choices.stream().filter(choice -> choice.isOfferedWith(variables)).toList();
  }
}
