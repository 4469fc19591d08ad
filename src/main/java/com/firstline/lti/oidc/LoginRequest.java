package com.firstline.lti.oidc;

import com.firstline.platform.errors.Problem;
import com.firstline.platform.errors.ProblemException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The platform's login initiation (LTI Core 1.3 §4.1, OIDC third-party-initiated login). {@code
 * client_id}, {@code lti_deployment_id}, {@code lti_message_hint} and {@code lti_storage_target}
 * are optional; the others are required.
 */
public record LoginRequest(
    String issuer,
    String loginHint,
    String targetLinkUri,
    String messageHint,
    String clientId,
    String deploymentId,
    String storageTarget) {

  private static final int MAX_LENGTH = 4096;
  private static final int MAX_STORAGE_TARGET_LENGTH = 255;

  /**
   * All parameters together: the login keeps them to offer the same login in a new window, and a
   * login is open to anyone, so what one may make us store is bounded (and, form-encoded, fits the
   * column).
   */
  private static final int MAX_TOTAL_LENGTH = 16_384;

  /** Reads the parameters (query or form) and checks the required ones are there. */
  public static LoginRequest from(UnaryOperator<String> parameter) {
    LoginRequest request =
        new LoginRequest(
            blankToNull(parameter.apply("iss")),
            blankToNull(parameter.apply("login_hint")),
            blankToNull(parameter.apply("target_link_uri")),
            blankToNull(parameter.apply("lti_message_hint")),
            blankToNull(parameter.apply("client_id")),
            blankToNull(parameter.apply("lti_deployment_id")),
            blankToNull(parameter.apply("lti_storage_target")));
    request.validate();
    return request;
  }

  private void validate() {
    List<Problem.InputError> errors = new ArrayList<>();
    required("iss", issuer, errors);
    required("login_hint", loginHint, errors);
    required("target_link_uri", targetLinkUri, errors);
    if (storageTarget != null && storageTarget.length() > MAX_STORAGE_TARGET_LENGTH) {
      errors.add(Problem.InputError.field("lti_storage_target", "must be at most 255 characters"));
    }
    for (String value : new String[] {messageHint, clientId, deploymentId}) {
      if (value != null && value.length() > MAX_LENGTH) {
        errors.add(Problem.InputError.field(null, "a parameter is longer than 4096 characters"));
      }
    }
    int total =
        relaunchParameters().values().stream().mapToInt(v -> v == null ? 0 : v.length()).sum();
    if (total > MAX_TOTAL_LENGTH) {
      errors.add(
          Problem.InputError.field(
              null, "the parameters are longer than " + MAX_TOTAL_LENGTH + " characters in all"));
    }
    if (!errors.isEmpty()) {
      throw ProblemException.badRequest(
          "This LTI login request cannot be used: the platform must send iss, login_hint and"
              + " target_link_uri, each at most 4096 characters long.",
          errors);
    }
  }

  /**
   * The parameters that begin this same login again, from a new window: all but the storage target,
   * which names a frame of the LMS page the new window does not have.
   */
  public Map<String, String> relaunchParameters() {
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("iss", issuer);
    parameters.put("login_hint", loginHint);
    parameters.put("target_link_uri", targetLinkUri);
    putIfPresent(parameters, "lti_message_hint", messageHint);
    putIfPresent(parameters, "client_id", clientId);
    putIfPresent(parameters, "lti_deployment_id", deploymentId);
    return parameters;
  }

  private static void putIfPresent(Map<String, String> parameters, String name, String value) {
    if (value != null) {
      parameters.put(name, value);
    }
  }

  private static void required(String name, String value, List<Problem.InputError> errors) {
    if (value == null) {
      errors.add(Problem.InputError.field(name, "is required"));
    } else if (value.length() > MAX_LENGTH) {
      errors.add(Problem.InputError.field(name, "must be at most 4096 characters"));
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
