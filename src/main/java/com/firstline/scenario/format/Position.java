package com.firstline.scenario.format;

/** A 1-based line and column in a module file. */
record Position(int line, int column) {

  static final Position START = new Position(1, 1);
}
