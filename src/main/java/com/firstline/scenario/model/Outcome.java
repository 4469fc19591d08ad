package com.firstline.scenario.model;

/**
 * What an ending means for the manager, as its author intends it. The path analysis holds the score
 * to it: a good outcome must be able to pass, a poor one must never pass, and only a mixed one may
 * pass on some paths and fail on others.
 */
public enum Outcome {
  GOOD,
  MIXED,
  POOR
}
