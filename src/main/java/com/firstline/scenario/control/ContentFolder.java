package com.firstline.scenario.control;

import com.firstline.scenario.format.ContentError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The module files of a content folder, read as text. Pure file access: no CDI, no JPA. */
final class ContentFolder {
  private ContentFolder() {}

  /** A file's name and text, or the reason it could not be read. */
  record ModuleFile(String name, String text, ContentError unreadable) {}

  static List<ModuleFile> read(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .filter(file -> file.getFileName().toString().endsWith(".yaml"))
          .sorted()
          .map(ContentFolder::readOne)
          .toList();
    }
  }

  private static ModuleFile readOne(Path file) {
    String name = file.getFileName().toString();
    try {
      return new ModuleFile(name, Files.readString(file, StandardCharsets.UTF_8), null);
    } catch (IOException e) {
      return new ModuleFile(
          name, null, new ContentError(name, 1, 1, null, null, "Cannot read the file: " + e));
    }
  }
}
