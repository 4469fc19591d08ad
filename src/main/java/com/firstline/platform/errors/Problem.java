package com.firstline.platform.errors;

import java.util.List;

/**
 * An RFC 9457 problem document. {@code errors} says where the input was wrong, one entry per
 * mistake, so that a trainer or an integrator can fix all of them in one go; {@code current} (an
 * extension member, left out when null) carries the resource's present state with a 409.
 */
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    List<InputError> errors,
    Object current) {

  public static final String MEDIA_TYPE = "application/problem+json";

  /** A problem with no current state attached. */
  public Problem(
      String type,
      String title,
      int status,
      String detail,
      String instance,
      List<InputError> errors) {
    this(type, title, status, detail, instance, errors, null);
  }

  /** One mistake in the input: where it is (any of these may be null) and what is wrong. */
  public record InputError(
      String file, Integer line, Integer column, String node, String field, String message) {

    public static InputError field(String field, String message) {
      return new InputError(null, null, null, null, field, message);
    }
  }

  public static Problem of(int status, String title, String detail) {
    return new Problem(typeFor(status), title, status, detail, null, List.of(), null);
  }

  public Problem withErrors(List<InputError> inputErrors) {
    return new Problem(type, title, status, detail, instance, List.copyOf(inputErrors), current);
  }

  public Problem at(String requestPath) {
    return new Problem(type, title, status, detail, requestPath, errors, current);
  }

  /**
   * The resource as it stands now, for conflicts: a client whose request was stale can show the
   * current state straight away instead of asking again.
   */
  public Problem withCurrent(Object currentState) {
    return new Problem(type, title, status, detail, instance, errors, currentState);
  }

  /** The short, human title for a status; the same wording wherever a problem is made. */
  public static String titleFor(int status) {
    return switch (status) {
      case 400 -> "Bad request";
      case 401 -> "Unauthorized";
      case 403 -> "Forbidden";
      case 404 -> "Not found";
      case 405 -> "Method not allowed";
      case 406 -> "Not acceptable";
      case 409 -> "Conflict";
      case 413 -> "Content too large";
      case 415 -> "Unsupported media type";
      case 422 -> "Unprocessable content";
      case 429 -> "Too many requests";
      case 503 -> "Service unavailable";
      default -> status >= 500 ? "Internal server error" : "Error";
    };
  }

  /** A plain explanation for statuses whose exception carries no useful message of its own. */
  public static String genericDetailFor(int status) {
    return switch (status) {
      case 404 -> "There is nothing at this address.";
      case 405 -> "This address does not accept that HTTP method.";
      case 406 -> "This address cannot answer in the media type asked for.";
      case 415 -> "This address does not accept that content type.";
      default ->
          status >= 500
              ? "Something went wrong on our side. It has been logged."
              : "The request could not be processed.";
    };
  }

  /** Problem types are documented per status; {@code about:blank} would tell a reader nothing. */
  static String typeFor(int status) {
    return "/problems/" + status;
  }
}
