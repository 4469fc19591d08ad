package com.firstline.scenario.format;

import java.util.ArrayList;
import java.util.List;

/** Collects the validator's findings, placing each at its field in the file. */
final class Reporter {

  private final String file;
  private final SourceTree tree;
  private final List<ContentError> errors = new ArrayList<>();

  Reporter(String file, SourceTree tree) {
    this.file = file;
    this.tree = tree;
  }

  SourceTree tree() {
    return tree;
  }

  /** A mistake in the value at {@code pointer}: reported where the value is written. */
  void at(String pointer, String message) {
    add(tree.of(pointer), pointer, message);
  }

  /** A mistake about the field at {@code pointer} as a whole: reported at its key. */
  void atKey(String pointer, String message) {
    add(tree.ofKey(pointer), pointer, message);
  }

  void add(Position position, String pointer, String message) {
    errors.add(
        new ContentError(
            file, position.line(), position.column(), tree.nodeIdAt(pointer), pointer, message));
  }

  List<ContentError> errors() {
    return List.copyOf(errors);
  }

  /** The line a value is on, for messages such as "first used on line 12". */
  int lineOf(String pointer) {
    return tree.of(pointer).line();
  }
}
