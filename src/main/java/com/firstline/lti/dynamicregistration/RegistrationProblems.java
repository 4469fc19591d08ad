package com.firstline.lti.dynamicregistration;

import com.firstline.platform.errors.Problem;
import com.firstline.platform.errors.ProblemException;
import java.util.List;

/**
 * The refusals of a registration, each typed {@code /problems/lti/<rule>} like the launch's, so the
 * page's small print names what failed.
 */
final class RegistrationProblems {
  private RegistrationProblems() {}

  static ProblemException refused(int status, String rule, String detail) {
    return new ProblemException(
        new Problem(
            "/problems/lti/" + rule, Problem.titleFor(status), status, detail, null, List.of()));
  }

  /** The platform's configuration or answer is unusable: the LMS side must change. */
  static ProblemException platform(String detail) {
    return refused(400, "registration-platform", detail);
  }
}
