package com.firstline.platform.errors;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import java.util.List;

/**
 * A request body that is not JSON, or not JSON of the shape the address expects ({@code {}, {@code
 * []} for an object, text for a number), answered with a 400 problem that says what is wrong
 * instead of a 500 with a stack trace. The JAX-RS runtime reads bodies with JSON-B (Yasson); it
 * wraps the parser's failure in its own exception, so the chain of causes is searched. Pure logic.
 */
final class JsonBodyProblems {
  private static final int MAX_DETAIL_CHARS = 300;

  private JsonBodyProblems() {}

  /** The problem for a body JSON-B could not read, or null when the failure is something else. */
  static Problem of(Throwable failure) {
    JsonParsingException syntax = ProblemMapper.causeOf(failure, JsonParsingException.class);
    if (syntax != null) {
      var at = syntax.getLocation();
      Problem.InputError where =
          at == null
              ? Problem.InputError.field(null, clean(syntax.getMessage()))
              : new Problem.InputError(
                  null,
                  (int) at.getLineNumber(),
                  (int) at.getColumnNumber(),
                  null,
                  null,
                  clean(syntax.getMessage()));
      return Problem.of(400, Problem.titleFor(400), "The request body is not valid JSON.")
          .withErrors(List.of(where));
    }
    JsonbException shape = ProblemMapper.causeOf(failure, JsonbException.class);
    JsonException json = shape == null ? ProblemMapper.causeOf(failure, JsonException.class) : null;
    Throwable found = shape != null ? shape : json;
    // Writing an answer fails with the same exceptions; that is a fault of ours, not the caller's.
    if (found == null || !mentionsReading(failure)) {
      return null;
    }
    return Problem.of(
            400,
            Problem.titleFor(400),
            "The request body is not JSON of the shape this address expects.")
        .withErrors(List.of(Problem.InputError.field(null, clean(deepestMessage(found)))));
  }

  /**
   * Whether the failure happened while a body was read: JSON-B's reading side (Yasson's
   * deserializers, {@code fromJson}, a reader's {@code readFrom}) is on its stack. Writing an
   * answer goes through the serializers instead.
   */
  private static boolean mentionsReading(Throwable failure) {
    int depth = 0;
    for (Throwable t = failure; t != null && depth < 10; t = t.getCause(), depth++) {
      for (StackTraceElement frame : t.getStackTrace()) {
        if (frame.getMethodName().equals("fromJson")
            || frame.getMethodName().equals("readFrom")
            || frame.getClassName().contains("Deserializ")) {
          return true;
        }
      }
    }
    return false;
  }

  /** Yasson nests the useful part ("Cannot deserialize ... array into object") deepest. */
  private static String deepestMessage(Throwable failure) {
    String message = failure.getMessage();
    int depth = 0;
    for (Throwable t = failure.getCause(); t != null && depth < 10; t = t.getCause(), depth++) {
      if (t.getMessage() != null && !t.getMessage().isBlank()) {
        message = t.getMessage();
      }
    }
    return message;
  }

  /** The parser's message, shortened; it may quote the input, whose size the caller chose. */
  private static String clean(String message) {
    if (message == null || message.isBlank()) {
      return "unreadable JSON";
    }
    String oneLine = message.replaceAll("\\s+", " ").trim();
    return oneLine.length() <= MAX_DETAIL_CHARS
        ? oneLine
        : oneLine.substring(0, MAX_DETAIL_CHARS) + "…";
  }
}
