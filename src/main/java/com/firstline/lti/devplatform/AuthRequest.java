package com.firstline.lti.devplatform;

import com.firstline.platform.errors.Problem;
import com.firstline.platform.errors.ProblemException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The OIDC authentication request our login sends to the development platform (LTI Core 1.3
 * §4.1.1), checked the way a careful platform checks it: an implicit-flow id_token request for our
 * client, posted back only to our own launch URL. Pure logic.
 */
record AuthRequest(String state, String nonce, String redirectUri, TryOut tryOut) {
  private static final int MAX_LENGTH = 255;

  static AuthRequest from(UnaryOperator<String> parameter, String launchUrl) {
    List<Problem.InputError> errors = new ArrayList<>();
    String scope = parameter.apply("scope");
    if (scope == null || !Arrays.asList(scope.split(" ")).contains("openid")) {
      errors.add(Problem.InputError.field("scope", "must include openid"));
    }
    expect("response_type", "id_token", parameter, errors);
    expect("response_mode", "form_post", parameter, errors);
    expect("client_id", DevPlatform.CLIENT_ID, parameter, errors);
    // Never post a signed id_token anywhere but to ourselves.
    expect("redirect_uri", launchUrl, parameter, errors);
    String state = required("state", parameter, errors);
    String nonce = required("nonce", parameter, errors);
    if (!errors.isEmpty()) {
      throw ProblemException.badRequest(
          "This is not an authentication request the development platform answers.", errors);
    }
    TryOut tryOut = TryOut.of(parameter.apply("login_hint"), parameter.apply("lti_message_hint"));
    return new AuthRequest(state, nonce, launchUrl, tryOut);
  }

  private static void expect(
      String name,
      String wanted,
      UnaryOperator<String> parameter,
      List<Problem.InputError> errors) {
    if (!wanted.equals(parameter.apply(name))) {
      errors.add(Problem.InputError.field(name, "must be " + wanted));
    }
  }

  private static String required(
      String name, UnaryOperator<String> parameter, List<Problem.InputError> errors) {
    String value = parameter.apply(name);
    if (value == null || value.isBlank() || value.length() > MAX_LENGTH) {
      errors.add(Problem.InputError.field(name, "is required, at most 255 characters"));
    }
    return value;
  }
}
