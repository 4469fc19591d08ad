package com.firstline.scenario.format;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * The build's content check: every {@code *.yaml} in a folder must pass {@link ModuleCheck}. Runs
 * inside Maven through exec:java, so it logs instead of printing and fails by throwing (an exit
 * would take Maven down with it).
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
      List<ContentError> found = check(file);
      found.forEach(error -> LOG.severe(error.toString()));
      errors.addAll(found);
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

  private static List<ContentError> check(Path file) {
    String name = file.getFileName().toString();
    try {
      return ModuleCheck.check(name, Files.readString(file, StandardCharsets.UTF_8)).errors();
    } catch (CharacterCodingException e) {
      return List.of(
          new ContentError(
              name, 1, 1, null, null, "The file is not UTF-8 text: save it as UTF-8."));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }
}
