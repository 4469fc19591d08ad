package com.firstline.scenario.format;

import com.firstline.scenario.analysis.PathReport;
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
 * @param warnings what the author should weigh but may keep (explaining it in the file), in file
 *     order
 * @param paths what playing every path showed; empty when the file is too broken to play
 */
public record ModuleReport(
    String file,
    String contentHash,
    Optional<Module> module,
    List<ContentError> errors,
    List<ContentError> warnings,
    Optional<PathReport> paths) {

  public ModuleReport {
    errors = List.copyOf(errors);
    warnings = List.copyOf(warnings);
    if (module.isPresent() && !errors.isEmpty()) {
      throw new IllegalArgumentException("A module with errors must not be handed out");
    }
  }

  public ModuleReport(
      String file, String contentHash, Optional<Module> module, List<ContentError> errors) {
    this(file, contentHash, module, errors, List.of(), Optional.empty());
  }

  public boolean isValid() {
    return errors.isEmpty();
  }
}
