package com.firstline.player.entity;

/** A step the attempt refuses, and why. Nothing was changed when this is thrown. */
public class AttemptRuleException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why a step was refused. */
  public enum Reason {
    /** The step was made on an older view of the attempt (double click, retry, another tab). */
    STALE_STEP,
    /** The choice is not one the current scene offers. */
    CHOICE_NOT_OFFERED,
    /** The attempt has ended; start a new one to play again. */
    ATTEMPT_OVER,
    /** The module does not allow going back, or there is nothing to go back to. */
    CANNOT_GO_BACK,
    /** An action plan is written at the ending, and the attempt has not reached it. */
    NOT_AT_ENDING
  }

  private final Reason reason;

  public AttemptRuleException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
