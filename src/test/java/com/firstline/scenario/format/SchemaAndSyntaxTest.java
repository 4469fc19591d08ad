package com.firstline.scenario.format;

import static com.firstline.scenario.format.Modules.lineOf;
import static com.firstline.scenario.format.Modules.onlyError;
import static com.firstline.scenario.format.Modules.replacing;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Mistakes the schema and the YAML reader catch, reported at their line and column. */
class SchemaAndSyntaxTest {

  @Test
  void aMisspeltFieldSuggestsTheRightOne() {
    String text = replacing("speaker: Dana", "speakr: Dana");

    ContentError error =
        onlyError(
            text,
            "'speakr' is not a field of scene 'opening'. Did you mean 'speaker'?",
            lineOf(text, "speakr:"),
            "opening");
    assertEquals(5, error.column());
  }

  @Test
  void minutesMustBeBetweenOneAndOneHundredTwenty() {
    String text = replacing("minutes: 8", "minutes: 500");

    ContentError error =
        onlyError(
            text, "'minutes' must be at most 120 (it is 500).", lineOf(text, "minutes:"), null);
    assertEquals(10, error.column());
  }

  @Test
  void idsMustBeSlugs() {
    String text = replacing("- id: step-in", "- id: Step In");

    onlyError(
        text,
        "'Step In' is not a valid id: use lower-case letters, digits and hyphens, like"
            + " 'step-in-quietly'.",
        lineOf(text, "Step In"),
        "opening");
  }

  @Test
  void fieldsMustHaveTheirType() {
    String withAllowBack =
        replacing(Modules.VALID, "start: opening", "allowBack: maybe\nstart: opening");
    onlyError(
        withAllowBack,
        "'allowBack' should be true or false.",
        lineOf(withAllowBack, "allowBack:"),
        null);
  }

  @Test
  void aYamlSyntaxErrorIsOneErrorWithItsLine() {
    String text = replacing("title: A mistake at the counter", "title: A mistake: at the counter");

    ContentError error =
        onlyError(
            text,
            "This is not valid YAML: mapping values are not allowed here. Check the indentation,"
                + " and put texts that contain ': ' or ' #' in quotes.",
            2,
            null);
    assertEquals(17, error.column());
  }

  @Test
  void aKeyWrittenTwiceIsReported() {
    String text = replacing("minutes: 8", "minutes: 8\nminutes: 9");

    onlyError(
        text,
        "The field 'minutes' is written twice here. Keep one.",
        lineOf(text, "minutes: 9"),
        null);
  }

  @Test
  void anEmptyFileIsReported() {
    onlyError("", "The file is empty.", 1, null);
  }

  @Test
  void theContentHashIsTheSha256OfTheText() {
    assertEquals(
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        ModuleCheck.contentHash("abc"));
    assertEquals(
        ModuleCheck.contentHash(Modules.VALID), Modules.check(Modules.VALID).contentHash());
  }
}
