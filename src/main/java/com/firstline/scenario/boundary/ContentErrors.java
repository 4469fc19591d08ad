package com.firstline.scenario.boundary;

import com.firstline.platform.errors.Problem;
import com.firstline.scenario.format.ContentError;
import java.util.List;

/** Content errors in the shape every problem document uses. */
final class ContentErrors {
  private ContentErrors() {}

  static List<Problem.InputError> asInputErrors(List<ContentError> errors) {
    return errors.stream()
        .map(
            e ->
                new Problem.InputError(
                    e.file(), e.line(), e.column(), e.nodeId(), e.field(), e.message()))
        .toList();
  }
}
