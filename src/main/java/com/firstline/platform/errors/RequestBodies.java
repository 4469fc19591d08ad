package com.firstline.platform.errors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Checks a request body's constraints and answers a 400 problem naming every field that is wrong.
 * Called explicitly rather than through {@code @Valid}, because the JAX-RS runtime would answer
 * those failures itself, in its own format.
 */
@ApplicationScoped
public class RequestBodies {
  @Inject Validator validator;

  public <T> T valid(T body) {
    if (body == null) {
      throw ProblemException.badRequest("This request needs a JSON body.", List.of());
    }
    Set<ConstraintViolation<T>> violations = validator.validate(body);
    if (!violations.isEmpty()) {
      List<Problem.InputError> errors =
          violations.stream()
              .map(v -> Problem.InputError.field(v.getPropertyPath().toString(), v.getMessage()))
              .sorted(Comparator.comparing(Problem.InputError::field))
              .toList();
      throw ProblemException.badRequest("Some fields are missing or not valid.", errors);
    }
    return body;
  }
}
