package com.firstline.player;

import com.firstline.player.control.AttemptCompleted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Records every AttemptCompleted event of the test deployment, as grade passback would see them.
 */
@ApplicationScoped
public class CompletedEvents {
  private final List<AttemptCompleted> seen = new CopyOnWriteArrayList<>();

  void on(@Observes AttemptCompleted event) {
    seen.add(event);
  }

  public List<AttemptCompleted> of(long attemptId) {
    return seen.stream().filter(e -> e.attemptId() == attemptId).toList();
  }
}
