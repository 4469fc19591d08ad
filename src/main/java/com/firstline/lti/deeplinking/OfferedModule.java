package com.firstline.lti.deeplinking;

import com.firstline.scenario.control.VersionedModule;
import com.firstline.scenario.model.Module;

/** A published module as the chooser shows it and a content item describes it. */
public record OfferedModule(
    String id, String title, String summary, int minutes, int scoreMaximum) {

  static OfferedModule of(VersionedModule published) {
    Module module = published.module();
    return new OfferedModule(
        module.id(),
        module.title(),
        module.summary(),
        module.minutes(),
        module.scoring().maximum());
  }
}
