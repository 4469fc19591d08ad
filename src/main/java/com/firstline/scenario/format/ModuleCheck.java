package com.firstline.scenario.format;

import com.firstline.scenario.analysis.Finding;
import com.firstline.scenario.analysis.PathAnalysis;
import com.firstline.scenario.analysis.PathReport;
import com.firstline.scenario.model.Module;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The one way to read a module file, used by the importer, the validate endpoint and the build:
 * YAML syntax, then the schema, then the validator's rules, then the path analysis. Never throws on
 * bad content; every mistake comes back in the report. A plain function of the file name and text,
 * so an editor can call it on every change.
 */
public final class ModuleCheck {

  private ModuleCheck() {}

  /**
   * Checks {@code text} as the content of the module file {@code fileName}.
   *
   * @param fileName the bare file name, e.g. {@code mistake-at-the-counter.yaml}; the module id
   *     must match it
   */
  public static ModuleReport check(String fileName, String text) {
    ModuleParser.Parsed parsed = ModuleParser.parse(fileName, text);
    List<ContentError> errors = new ArrayList<>(parsed.errors());
    if (parsed.module() != null) {
      errors.addAll(ModuleValidator.validate(fileName, parsed.module(), parsed.tree()));
    }
    List<ContentError> warnings = new ArrayList<>();
    Optional<PathReport> paths = Optional.empty();
    // Paths can only be played once every route leads somewhere and the model is whole.
    if (errors.isEmpty()) {
      PathReport report = PathAnalysis.analyse(parsed.module());
      paths = Optional.of(report);
      Reporter placed = new Reporter(fileName, parsed.tree());
      report.errors().forEach(finding -> place(finding, parsed.module(), placed));
      errors.addAll(placed.errors());
      Reporter weighed = new Reporter(fileName, parsed.tree());
      report.warnings().forEach(finding -> place(finding, parsed.module(), weighed));
      warnings.addAll(weighed.errors());
    }
    errors.sort(ContentError.IN_FILE_ORDER);
    warnings.sort(ContentError.IN_FILE_ORDER);
    Optional<Module> module = errors.isEmpty() ? Optional.of(parsed.module()) : Optional.empty();
    return new ModuleReport(fileName, contentHash(text), module, errors, warnings, paths);
  }

  /** Reports a finding of the path analysis at the node and field it names. */
  private static void place(Finding finding, Module module, Reporter report) {
    String pointer;
    if (finding.nodeId() == null) {
      pointer = "/" + finding.field();
    } else {
      int index = 0;
      while (!module.nodes().get(index).id().equals(finding.nodeId())) {
        index++;
      }
      pointer = "/nodes/" + index + (finding.field() == null ? "" : "/" + finding.field());
    }
    report.at(pointer, finding.message());
  }

  /** SHA-256 of the UTF-8 text as lower-case hex: the identity of a module version. */
  public static String contentHash(String text) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha256.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }
}
