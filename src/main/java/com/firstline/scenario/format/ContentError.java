package com.firstline.scenario.format;

import java.util.Comparator;

/**
 * One mistake in a module file, said so that a trainer can find and fix it.
 *
 * @param file the file name, e.g. {@code mistake-at-the-counter.yaml}
 * @param line 1-based line in the file
 * @param column 1-based column in the file
 * @param nodeId the node the mistake is in, or null when it concerns the whole module
 * @param field JSON pointer to the field, e.g. {@code /nodes/2/choices/0/next}, or null
 * @param message plain words: what is wrong and, where we can tell, how to fix it
 */
public record ContentError(
    String file, int line, int column, String nodeId, String field, String message) {

  /** File order: what a trainer reading the file top to bottom expects. */
  public static final Comparator<ContentError> IN_FILE_ORDER =
      Comparator.comparingInt(ContentError::line).thenComparingInt(ContentError::column);

  /** {@code file:line:column: [node] message}, the form editors and CI logs link to. */
  @Override
  public String toString() {
    String node = nodeId == null ? "" : "[" + nodeId + "] ";
    return file + ":" + line + ":" + column + ": " + node + message;
  }
}
