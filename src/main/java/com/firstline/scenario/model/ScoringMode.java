package com.firstline.scenario.model;

/** What a module's score is made of. */
public enum ScoringMode {
  /** The score of the ending reached. */
  ENDING,
  /** The sum of the scores of the choices made. */
  CHOICES,
  /** The sum of the module's scale variables (team, customer, ...) when the ending is reached. */
  SCALES
}
