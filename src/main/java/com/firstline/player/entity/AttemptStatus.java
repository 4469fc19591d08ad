package com.firstline.player.entity;

/** IN_PROGRESS until an ending is reached; ABANDONED when the manager started over instead. */
public enum AttemptStatus {
  IN_PROGRESS,
  COMPLETED,
  ABANDONED
}
