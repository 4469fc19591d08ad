package com.firstline.scenario.format;

import com.firstline.scenario.model.Module;
import java.util.List;
import java.util.Optional;

/**
 * What checking one module file found.
 *
 * @param file the file name the text was checked as
 * @param contentHash SHA-256 of the text, hex: identifies the module version
 * @param module the module, present only when there are no errors
 * @param errors every mistake found, in file order
 */
public record ModuleReport(
    String file, String contentHash, Optional<Module> module, List<ContentError> errors) {

  public ModuleReport {
    errors = List.copyOf(errors);
    if (module.isPresent() && !errors.isEmpty()) {
      throw new IllegalArgumentException("A module with errors must not be handed out");
    }
  }

  public boolean isValid() {
    return errors.isEmpty();
  }
}
