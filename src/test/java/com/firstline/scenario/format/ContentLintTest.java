package com.firstline.scenario.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentLintTest {

  @TempDir Path folder;

  @Test
  void aFolderOfValidModulesPasses() throws IOException {
    Files.writeString(folder.resolve(Modules.FILE), Modules.VALID);

    ContentLint.main(new String[] {folder.toString()});
  }

  @Test
  void anyErrorFailsWithTheCount() throws IOException {
    Files.writeString(folder.resolve(Modules.FILE), Modules.VALID);
    Files.writeString(
        folder.resolve("broken.yaml"), Modules.VALID.replace("minutes: 8", "minutes: 0"));

    IllegalStateException failure =
        assertThrows(
            IllegalStateException.class, () -> ContentLint.main(new String[] {folder.toString()}));

    assertTrue(failure.getMessage().startsWith("1 content error(s)"), failure.getMessage());
  }

  @Test
  void anEmptyFolderIsReported() {
    IllegalStateException failure =
        assertThrows(
            IllegalStateException.class, () -> ContentLint.main(new String[] {folder.toString()}));

    assertTrue(failure.getMessage().contains("has no module files"), failure.getMessage());
  }

  @Test
  void aMissingFolderIsReported() {
    IllegalStateException failure =
        assertThrows(
            IllegalStateException.class,
            () -> ContentLint.main(new String[] {folder.resolve("nope").toString()}));

    assertTrue(failure.getMessage().contains("does not exist"), failure.getMessage());
  }

  @Test
  void errorsAreWrittenFileLineColumnNodeMessage() {
    ContentError error = new ContentError("a.yaml", 3, 7, "opening", null, "Something is off.");

    assertEquals("a.yaml:3:7: [opening] Something is off.", error.toString());
  }
}
