package com.firstline.scenario.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.firstline.platform.errors.Problem;
import com.firstline.scenario.format.ContentError;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ContentValidationAnswerTest {
  @Test
  void manyErrorsAreCappedAndTheRestCounted() {
    String summary = ContentValidationResource.summary(250, "m.yaml");
    assertEquals("250 error(s) in m.yaml. The first 100 are listed; 150 more are not.", summary);
    assertEquals("3 error(s) in m.yaml.", ContentValidationResource.summary(3, "m.yaml"));
  }

  @Test
  void listedErrorsDoNotRepeatTheFileName() {
    String longName = "f".repeat(5000) + ".yaml";
    List<ContentError> errors =
        IntStream.range(0, 300)
            .mapToObj(i -> new ContentError(longName, i + 1, 1, null, "id", "y".repeat(2000)))
            .toList();

    List<Problem.InputError> listed = ContentErrors.bounded(errors, 100);

    assertEquals(100, listed.size());
    assertNull(listed.get(0).file());
    assertTrue(listed.get(0).message().length() <= ContentErrors.MAX_MESSAGE_CHARS + 1);
  }
}
