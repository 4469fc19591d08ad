package com.firstline.player.entity;

/** A step is a choice made, or a step back to the scene before (where the module allows it). */
public enum StepKind {
  CHOICE,
  BACK
}
