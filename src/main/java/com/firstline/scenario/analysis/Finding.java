package com.firstline.scenario.analysis;

/**
 * One thing the path analysis found.
 *
 * @param severity an error stops the module from being used; a warning is for the author to weigh
 * @param nodeId the node it is about, or null for the module as a whole
 * @param field the field it is about: inside the node when {@code nodeId} is set (e.g. {@code
 *     score}), else a top-level field (e.g. {@code minutes}); null for the node itself
 * @param message plain words for the author
 */
public record Finding(Severity severity, String nodeId, String field, String message) {

  /** How much a finding matters. */
  public enum Severity {
    ERROR,
    WARNING
  }

  static Finding error(String nodeId, String field, String message) {
    return new Finding(Severity.ERROR, nodeId, field, message);
  }

  static Finding warning(String nodeId, String field, String message) {
    return new Finding(Severity.WARNING, nodeId, field, message);
  }
}
