package com.firstline.player.control;

import com.firstline.platform.identity.Caller;
import com.firstline.scenario.model.Module;
import com.firstline.scenario.model.PlayMode;

/**
 * Which mode a new attempt is played in: the course link's custom parameter {@code mode} when the
 * attempt belongs to that link and it names one, otherwise the module's own. Pure logic.
 */
public final class PlayModes {
  private PlayModes() {}

  /**
   * @param link the course link the new attempt belongs to, or null when it belongs to none (a
   *     development sign-in, or a trainer trying another module than their link's)
   */
  public static PlayMode forNewAttempt(Caller.CourseLink link, Module module) {
    if (link != null && link.moduleId().equals(module.id())) {
      return PlayMode.named(link.mode()).orElse(module.mode());
    }
    return module.mode();
  }
}
