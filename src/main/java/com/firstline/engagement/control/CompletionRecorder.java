package com.firstline.engagement.control;

import com.firstline.player.control.AttemptCompleted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Records every completion the player reports, in the transaction that completes the attempt, so
 * that a manager's modules and dates are at hand for the engagement reports.
 */
@ApplicationScoped
public class CompletionRecorder {
  @Inject ImportStore store;

  void record(@Observes AttemptCompleted completed) {
    store.recordLaunchCompletion(
        completed.attemptId(),
        completed.personId(),
        completed.moduleId(),
        completed.completedAt(),
        completed.passed(),
        completed.score());
  }
}
