package com.firstline.lti.launch;

import com.firstline.platform.errors.Problem;
import com.firstline.platform.errors.ProblemException;

/**
 * A launch broke one of the {@link Rule}s. Unchecked, so that thrown inside the launch transaction
 * it rolls back everything written so far: a refused launch leaves no person and no launch behind.
 */
public class LaunchRejected extends ProblemException {
  private static final long serialVersionUID = 1L;

  private final Rule rule;

  LaunchRejected(Rule rule, Problem problem) {
    super(problem);
    this.rule = rule;
  }

  public Rule rule() {
    return rule;
  }
}
