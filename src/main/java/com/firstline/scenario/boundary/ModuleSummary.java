package com.firstline.scenario.boundary;

import com.firstline.scenario.control.VersionedModule;
import com.firstline.scenario.model.Module;
import java.util.List;

/** A module as the catalog lists it. */
public record ModuleSummary(
    String id,
    String title,
    String summary,
    int minutes,
    int version,
    List<String> tags,
    String locale,
    List<String> objectives,
    int scoreMaximum,
    int passingScore) {

  static ModuleSummary of(VersionedModule published) {
    Module module = published.module();
    return new ModuleSummary(
        module.id(),
        module.title(),
        module.summary(),
        module.minutes(),
        published.version(),
        module.tags(),
        module.locale(),
        module.objectives(),
        module.scoring().maximum(),
        module.scoring().passing());
  }
}
