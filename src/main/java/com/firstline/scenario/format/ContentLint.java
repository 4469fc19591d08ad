package com.firstline.scenario.format;

import com.firstline.scenario.analysis.PathReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * The build's content check and the trainers' command line: every {@code *.yaml} in a folder must
 * pass {@link ModuleCheck}; warnings and each module's path analysis are logged beside the errors.
 * Runs inside Maven through exec:java, so it logs instead of printing and fails by throwing (an
 * exit would take Maven down with it).
 */
public final class ContentLint {

  private static final Logger LOG = Logger.getLogger(ContentLint.class.getName());

  private ContentLint() {}

  /**
   * @param args the folder to check
   * @throws IllegalStateException when the folder is missing or empty, or any module has errors
   */
  public static void main(String[] args) {
    if (args.length != 1) {
      throw new IllegalArgumentException("Usage: ContentLint <folder with module files>");
    }
    List<ContentError> errors = lint(Path.of(args[0]));
    if (!errors.isEmpty()) {
      throw new IllegalStateException(
          errors.size() + " content error(s) in " + args[0] + "; see the log above.");
    }
  }

  /** Checks every module file in {@code folder}, logs each error, and returns them all. */
  static List<ContentError> lint(Path folder) {
    if (!Files.isDirectory(folder)) {
      throw new IllegalStateException("The content folder " + folder + " does not exist.");
    }
    List<Path> files = moduleFiles(folder);
    if (files.isEmpty()) {
      throw new IllegalStateException(
          "The content folder " + folder + " has no module files (*.yaml).");
    }
    List<ContentError> errors = new ArrayList<>();
    for (Path file : files) {
      ModuleReport report = check(file);
      report.errors().forEach(error -> LOG.severe(() -> "error: " + error));
      report.warnings().forEach(warning -> LOG.warning(() -> "warning: " + warning));
      report.paths().ifPresent(paths -> LOG.info(() -> summary(report.file(), paths)));
      errors.addAll(report.errors());
    }
    LOG.info(
        () ->
            "Checked "
                + files.size()
                + " module file(s) in "
                + folder
                + ": "
                + errors.size()
                + " error(s).");
    return errors;
  }

  /** The path analysis of one module as a few lines a trainer can read in a build log. */
  static String summary(String file, PathReport paths) {
    StringBuilder text =
        new StringBuilder(file)
            .append(": ")
            .append(paths.paths())
            .append(paths.complete() ? " paths" : " paths played (not all)")
            .append(
                String.format(
                    Locale.ROOT,
                    ", %.1f to %.1f minutes",
                    paths.shortestMinutes(),
                    paths.longestMinutes()))
            .append(", best choice is the longest in ")
            .append(paths.longestIsBest())
            .append(" of ")
            .append(paths.decisions())
            .append(" decisions");
    for (PathReport.EndingReport ending : paths.endings()) {
      text.append(System.lineSeparator()).append("  ending ").append(ending.id()).append(": ");
      if (ending.paths() == 0) {
        text.append("never reached");
      } else {
        text.append(ending.paths())
            .append(" paths, score ")
            .append(ending.lowestScore())
            .append(
                ending.lowestScore() == ending.highestScore() ? "" : "-" + ending.highestScore())
            .append(String.format(Locale.ROOT, ", passes on %.0f%%", 100 * ending.passShare()));
      }
    }
    return text.toString();
  }

  private static List<Path> moduleFiles(Path folder) {
    try (Stream<Path> entries = Files.list(folder)) {
      return entries
          .filter(path -> path.getFileName().toString().endsWith(".yaml"))
          .filter(Files::isRegularFile)
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + folder, e);
    }
  }

  private static ModuleReport check(Path file) {
    String name = file.getFileName().toString();
    try {
      return ModuleCheck.check(name, Files.readString(file, StandardCharsets.UTF_8));
    } catch (CharacterCodingException e) {
      return new ModuleReport(
          name,
          "",
          Optional.empty(),
          List.of(
              new ContentError(
                  name, 1, 1, null, null, "The file is not UTF-8 text: save it as UTF-8.")));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }
}
