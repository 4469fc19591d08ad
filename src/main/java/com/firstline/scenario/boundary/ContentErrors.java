package com.firstline.scenario.boundary;

import com.firstline.platform.errors.Problem;
import com.firstline.scenario.format.ContentError;
import java.util.List;

/** Content errors in the shape every problem document uses. */
final class ContentErrors {
  /** A message longer than this is cut: it may quote the input, whose size the caller chose. */
  static final int MAX_MESSAGE_CHARS = 500;

  private ContentErrors() {}

  static List<Problem.InputError> asInputErrors(List<ContentError> errors) {
    return errors.stream()
        .map(
            e ->
                new Problem.InputError(
                    e.file(), e.line(), e.column(), e.nodeId(), e.field(), e.message()))
        .toList();
  }

  /**
   * At most {@code limit} errors, without the file name (the answer names the file once) and with
   * long messages cut, so that the answer's size is bounded whatever the request held.
   */
  static List<Problem.InputError> bounded(List<ContentError> errors, int limit) {
    return errors.stream()
        .limit(limit)
        .map(
            e ->
                new Problem.InputError(
                    null, e.line(), e.column(), e.nodeId(), e.field(), cut(e.message())))
        .toList();
  }

  /** A caller-chosen text cut to {@code max} characters, marked when cut. */
  static String cut(String text, int max) {
    if (text == null || text.length() <= max) {
      return text;
    }
    return text.substring(0, max) + "…";
  }

  private static String cut(String message) {
    return cut(message, MAX_MESSAGE_CHARS);
  }
}
