package com.firstline.platform.errors;

import java.util.List;

/**
 * Thrown by any feature to answer with a problem document: the status, a short title and a detail
 * that tells the caller what to change. Mapped by {@link ProblemMapper}; nothing else needs to
 * catch it.
 */
public class ProblemException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Problem problem;

  public ProblemException(int status, String title, String detail) {
    this(Problem.of(status, title, detail));
  }

  public ProblemException(Problem problem) {
    super(problem.title() + ": " + problem.detail());
    this.problem = problem;
  }

  public static ProblemException badRequest(String detail, List<Problem.InputError> errors) {
    return new ProblemException(Problem.of(400, "Bad request", detail).withErrors(errors));
  }

  public static ProblemException notFound(String detail) {
    return new ProblemException(404, "Not found", detail);
  }

  public static ProblemException forbidden(String detail) {
    return new ProblemException(403, "Forbidden", detail);
  }

  public static ProblemException conflict(String detail) {
    return new ProblemException(409, "Conflict", detail);
  }

  public Problem problem() {
    return problem;
  }
}
