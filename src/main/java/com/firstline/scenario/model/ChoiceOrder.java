package com.firstline.scenario.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The order an attempt shows a scene's choices in. Shuffled so that position stops hinting at the
 * answer, yet derived only from the attempt id and the scene id: the same attempt sees the same
 * order after a reload or a resume, with nothing stored.
 */
public final class ChoiceOrder {

  private ChoiceOrder() {}

  /**
   * {@code offered} in the order attempt {@code attemptId} sees them at {@code sceneId}, or in file
   * order when the module pins it.
   */
  public static List<Choice> forAttempt(
      Module module, long attemptId, String sceneId, List<Choice> offered) {
    if (!module.shuffleChoices() || offered.size() < 2) {
      return offered;
    }
    List<Choice> shuffled = new ArrayList<>(offered);
    // Random's sequence for a seed is fixed by its specification, and so is String.hashCode.
    Collections.shuffle(shuffled, new Random(attemptId * 1_000_003L + sceneId.hashCode()));
    return List.copyOf(shuffled);
  }
}
