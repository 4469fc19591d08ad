package com.firstline.platform.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.ProcessingException;
import org.junit.jupiter.api.Test;

class JsonBodyProblemsTest {
  /** An exception as JSON-B throws it while reading a request body. */
  private static <T extends Throwable> T whileReading(T failure) {
    failure.setStackTrace(
        new StackTraceElement[] {
          new StackTraceElement(
              "org.eclipse.yasson.internal.DeserializationContextImpl", "deserialize", null, 1),
          new StackTraceElement("org.eclipse.yasson.internal.JsonBinding", "fromJson", null, 1)
        });
    return failure;
  }

  /** An exception as JSON-B throws it while writing an answer. */
  private static <T extends Throwable> T whileWriting(T failure) {
    failure.setStackTrace(
        new StackTraceElement[] {
          new StackTraceElement(
              "org.eclipse.yasson.internal.SerializationContextImpl", "serialize", null, 1),
          new StackTraceElement("org.eclipse.yasson.internal.JsonBinding", "toJson", null, 1)
        });
    return failure;
  }

  private static JsonLocation at(long line, long column) {
    return new JsonLocation() {
      @Override
      public long getLineNumber() {
        return line;
      }

      @Override
      public long getColumnNumber() {
        return column;
      }

      @Override
      public long getStreamOffset() {
        return column - 1;
      }
    };
  }

  @Test
  void brokenJsonIsABadRequestSayingWhere() {
    Throwable failure =
        new ProcessingException(
            "JSON Binding deserialization error",
            new JsonbException(
                "Internal error",
                new JsonParsingException(
                    "Unexpected char -1 at (line no=1, column no=2)", at(1, 2))));

    Problem problem = ProblemMapper.toProblem(failure);

    assertEquals(400, problem.status());
    assertEquals("The request body is not valid JSON.", problem.detail());
    assertEquals(1, problem.errors().get(0).line());
    assertEquals(2, problem.errors().get(0).column());
  }

  @Test
  void jsonOfTheWrongShapeIsABadRequestNamingTheMismatch() {
    Throwable failure =
        whileReading(
            new JsonbException(
                "Incorrect position for processing type: class StartRequest. Received event:"
                    + " START_ARRAY Allowed: [START_OBJECT]"));

    Problem problem = ProblemMapper.toProblem(failure);

    assertEquals(400, problem.status());
    assertTrue(problem.errors().get(0).message().contains("START_ARRAY"));
  }

  @Test
  void failingToWriteAnAnswerStaysOurFault() {
    Throwable failure = whileWriting(new JsonbException("Unable to serialize property 'x'"));
    assertNull(JsonBodyProblems.of(failure));
    assertEquals(500, ProblemMapper.toProblem(failure).status());
  }

  @Test
  void aSizeLimitHitInsideTheReaderKeepsIts413() {
    Throwable failure =
        new ProcessingException(
            "JSON Binding deserialization error",
            new JsonbException("read failed", new ProblemException(413, "Content too large", "x")));
    assertEquals(413, ProblemMapper.toProblem(failure).status());
  }

  @Test
  void longMessagesAreCut() {
    Throwable failure = whileReading(new JsonbException("Unknown property " + "x".repeat(10_000)));
    assertTrue(ProblemMapper.toProblem(failure).errors().get(0).message().length() < 400);
  }
}
