package com.firstline.scenario.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Test data: one valid module file, and ways to break it one mistake at a time so that each test
 * says only what it changes.
 */
final class Modules {

  static final String FILE = "counter.yaml";

  static final String VALID =
      """
      id: counter
      title: A mistake at the counter
      summary: Sam rings up the wrong order during the rush.
      minutes: 8
      locale: en
      author: Firstline
      tags: [encouragement, mistakes]
      objectives:
        - Respond to a public mistake in a way that keeps the employee's confidence.
      scoring:
        mode: ending
        maximum: 100
        passing: 70
      variables:
        trust: { type: integer, initial: 0 }
        escalated: { type: boolean, initial: false }
      start: opening
      nodes:
        - id: opening
          type: scene
          title: Saturday, 11:40
          speaker: Dana, shift lead
          text: |
            The queue is six deep when **Sam** rings up the wrong order.
          media:
            src: /media/counter.svg
            alt: A busy counter with a queue of customers.
          choices:
            - id: step-in
              text: Step in beside Sam and take over the till.
              next: after-takeover
              consequence: Sam steps back, red-faced.
              coaching: Taking over fixes the queue but tells Sam you do not trust them.
              score: 0
              effects: { trust: -1 }
            - id: encourage
              text: Tell Sam quietly to take a breath and fix it.
              next: after-takeover
              consequence: Sam fixes the order.
              coaching: Quiet support keeps Sam in charge of the fix.
              score: 10
              effects: { trust: 2, escalated: false }
        - id: after-takeover
          type: scene
          text: The rush is over.
          choices:
            - id: debrief-later
              text: Talk with Sam after the rush.
              next:
                - when: "trust >= 1"
                  goto: good-ending
                - goto: guarded-ending
              consequence: You find a quiet corner.
              coaching: Talking later gives Sam room to think.
              score: 5
            - id: escalate
              text: Tell the store manager.
              when: [not escalated, "trust < 5"]
              next: guarded-ending
              consequence: Sam hears about it from someone else.
              coaching: Going over Sam's head costs trust.
              effects: { escalated: true }
        - id: good-ending
          type: end
          title: Sam owns the fix
          debrief: Sam learned that mistakes can be fixed calmly.
          score: 100
          reflection: Think of the last mistake you saw on your team.
        - id: guarded-ending
          type: end
          title: Sam keeps their head down
          debrief: Sam will hide the next mistake.
          score: 40
          reflection: What would make it safe to own a mistake on your team?
      """;

  private Modules() {}

  static ModuleReport check(String text) {
    return ModuleCheck.check(FILE, text);
  }

  /** The valid module with the first {@code original} (which must occur in it) replaced. */
  static String replacing(String original, String replacement) {
    return replacing(VALID, original, replacement);
  }

  static String replacing(String text, String original, String replacement) {
    assertTrue(text.contains(original), () -> "fixture does not contain: " + original);
    return text.replaceFirst(Pattern.quote(original), Matcher.quoteReplacement(replacement));
  }

  /** The 1-based line of the first occurrence of {@code snippet} in {@code text}. */
  static int lineOf(String text, String snippet) {
    int index = text.indexOf(snippet);
    assertTrue(index >= 0, () -> "text does not contain: " + snippet);
    return (int) text.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
  }

  /** Asserts {@code text} has exactly one error, with this message, line and node; returns it. */
  static ContentError onlyError(String text, String message, int line, String nodeId) {
    List<ContentError> errors = check(text).errors();
    assertEquals(1, errors.size(), () -> "expected one error, got " + errors);
    ContentError error = errors.get(0);
    assertEquals(message, error.message());
    assertEquals(line, error.line(), () -> "line of " + error);
    assertEquals(nodeId, error.nodeId());
    assertEquals(FILE, error.file());
    return error;
  }
}
