package com.firstline.engagement.imports;

/** Told as rows are read, so that a long import can show how far it is. */
@FunctionalInterface
public interface Progress {
  Progress NONE = position -> {};

  /**
   * @param characterPosition how far into the file the row began, in characters
   */
  void rowRead(long characterPosition);
}
