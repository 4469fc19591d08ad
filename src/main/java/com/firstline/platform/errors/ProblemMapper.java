package com.firstline.platform.errors;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns every failure of a JAX-RS call into a problem document. Expected failures keep their status
 * and message; anything unexpected is logged here with its stack trace and answered with a plain
 * 500 that reveals nothing of the server's insides. An unreachable database is a 503, told to
 * {@link DatabaseOutage} rather than logged per request.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {
  private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

  @Context UriInfo uriInfo;

  @Inject DatabaseOutage outage;

  @Override
  public Response toResponse(Throwable failure) {
    Problem problem = toProblem(failure);
    if (uriInfo != null) {
      problem = problem.at(uriInfo.getRequestUri().getPath());
    }
    Response.ResponseBuilder response =
        Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
    if (DatabaseUnavailable.isCauseOf(failure)) {
      outage.met(failure);
      response.header("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS);
    }
    return response.build();
  }

  static Problem toProblem(Throwable failure) {
    // A problem raised while the body was read (its size limit) arrives wrapped by the reader.
    ProblemException known = causeOf(failure, ProblemException.class);
    if (known != null) {
      return known.problem();
    }
    Problem unreadable = JsonBodyProblems.of(failure);
    if (unreadable != null) {
      return unreadable;
    }
    if (failure instanceof ConstraintViolationException invalid) {
      List<Problem.InputError> errors =
          invalid.getConstraintViolations().stream()
              .map(
                  v ->
                      Problem.InputError.field(
                          lastNode(v.getPropertyPath().toString()), v.getMessage()))
              .toList();
      return Problem.of(400, "Bad request", "Some fields are not valid.").withErrors(errors);
    }
    if (DatabaseUnavailable.isCauseOf(failure)) {
      // Logged once for the whole outage, by DatabaseOutage.
      return DatabaseUnavailable.problem();
    }
    if (failure instanceof WebApplicationException web) {
      int status = web.getResponse().getStatus();
      boolean ownMessage =
          status < 500 && status != 404 && status != 405 && web.getMessage() != null;
      return Problem.of(
          status,
          Problem.titleFor(status),
          ownMessage ? web.getMessage() : Problem.genericDetailFor(status));
    }
    LOG.log(Level.SEVERE, "Unexpected failure answered with 500", failure);
    return Problem.of(500, Problem.titleFor(500), Problem.genericDetailFor(500));
  }

  /** The first exception of {@code type} in the chain of causes, or null. */
  static <T extends Throwable> T causeOf(Throwable failure, Class<T> type) {
    int depth = 0;
    for (Throwable t = failure; t != null && depth < 20; t = t.getCause(), depth++) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }

  /**
   * A violation path reads like {@code choose.arg0.choiceId}; the caller only knows the last part.
   */
  private static String lastNode(String path) {
    int dot = path.lastIndexOf('.');
    return dot < 0 ? path : path.substring(dot + 1);
  }
}
