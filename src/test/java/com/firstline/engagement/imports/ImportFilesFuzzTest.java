package com.firstline.engagement.imports;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.StringReader;
import java.util.Set;

/**
 * Any text as an HR export: the organisation, survey and completion readers report bad rows as
 * problems and never fail with an exception. Seeds under
 * src/test/resources/.../ImportFilesFuzzTestInputs; {@code JAZZER_FUZZ=1} fuzzes.
 */
class ImportFilesFuzzTest {
  @FuzzTest(maxDuration = "60s")
  void anyCsvIsReadOrReported(FuzzedDataProvider data) {
    int kind = data.consumeInt(0, 2);
    String csv = data.consumeRemainingAsString();
    RowProblems problems = new RowProblems();
    switch (kind) {
      case 0 -> OrgFile.read(new StringReader(csv), problems, Progress.NONE);
      case 1 -> SurveyFile.read(new StringReader(csv), Set.of("t1", "t2"), problems, Progress.NONE);
      default -> CompletionFile.read(new StringReader(csv), problems, Progress.NONE);
    }
  }
}
