package com.firstline.scenario.format;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Any text as a module file: the checker answers with a report (valid or with errors), never with
 * an exception. Regression mode (every {@code mvnw test}) replays the seeds under
 * src/test/resources/.../ModuleFileFuzzTestInputs; {@code JAZZER_FUZZ=1} fuzzes (see the README).
 */
class ModuleFileFuzzTest {
  @FuzzTest(maxDuration = "60s")
  void anyTextGetsAReport(byte[] file) {
    String text = new String(file, java.nio.charset.StandardCharsets.UTF_8);
    assertNotNull(ModuleCheck.check("fuzzed.yaml", text));
  }
}
