package com.firstline.scenario.model;

/** One step of a module: a {@link Scene} the manager chooses in, or an {@link Ending}. */
public sealed interface Node permits Scene, Ending {

  String id();

  /** A short heading, or null when the author gave none. */
  String title();
}
