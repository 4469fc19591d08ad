package com.firstline.scenario.model;

import java.util.List;

/**
 * A situation the manager responds to by picking one of its choices.
 *
 * @param title short heading, or null
 * @param speaker who is talking, or null
 * @param text the situation, in safe Markdown
 * @param media a picture, or null
 * @param resources cards of facts the manager may open, in file order
 */
public record Scene(
    String id,
    String title,
    String speaker,
    String text,
    Media media,
    List<Choice> choices,
    List<Resource> resources)
    implements Node {

  public Scene {
    choices = List.copyOf(choices);
    resources = List.copyOf(resources);
  }

  public Scene(
      String id, String title, String speaker, String text, Media media, List<Choice> choices) {
    this(id, title, speaker, text, media, choices, List.of());
  }

  /** The choices shown to a manager whose variables are {@code variables}, in file order. */
  public List<Choice> offeredChoices(Variables variables) {
    return choices.stream().filter(choice -> choice.isOfferedWith(variables)).toList();
  }
}
