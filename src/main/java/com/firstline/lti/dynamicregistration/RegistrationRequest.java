package com.firstline.lti.dynamicregistration;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.function.UnaryOperator;

/**
 * The parameters the platform opens {@code /lti/register} with: our one-time {@code code}, its
 * {@code openid_configuration} URL and, optionally, its {@code registration_token}. Checked before
 * anything is looked up or fetched. Pure logic.
 */
public record RegistrationRequest(String code, String configurationUrl, String registrationToken) {
  private static final int MAX_URL_LENGTH = 1000;
  private static final int MAX_TOKEN_LENGTH = 8192;

  /**
   * Reads the parameters; a 400 that names the parameter at fault.
   *
   * @param localHttpAllowed whether an http {@code openid_configuration} on localhost is accepted
   *     (the development platform is on)
   */
  public static RegistrationRequest from(
      UnaryOperator<String> parameters, boolean localHttpAllowed) {
    String configurationUrl = parameters.apply("openid_configuration");
    if (configurationUrl == null || configurationUrl.isBlank()) {
      throw refused(
          "The request has no openid_configuration. Open this link from your LMS's dynamic"
              + " registration (LTI Advantage) screen.");
    }
    if (configurationUrl.length() > MAX_URL_LENGTH) {
      throw refused("openid_configuration must be at most " + MAX_URL_LENGTH + " characters.");
    }
    if (!isSecureUrl(configurationUrl, localHttpAllowed)) {
      throw refused("openid_configuration must be " + PlatformConfiguration.SECURE_URL + ".");
    }
    String token = parameters.apply("registration_token");
    if (token != null && token.isBlank()) {
      token = null;
    }
    if (token != null
        && (token.length() > MAX_TOKEN_LENGTH
            || !token.chars().allMatch(c -> c > 0x20 && c < 0x7f))) {
      throw refused("registration_token must be at most 8192 visible ASCII characters.");
    }
    return new RegistrationRequest(parameters.apply("code"), configurationUrl, token);
  }

  private static boolean isSecureUrl(String value, boolean localHttpAllowed) {
    try {
      return PlatformConfiguration.isSecure(new URI(value), localHttpAllowed);
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private static RuntimeException refused(String detail) {
    return RegistrationProblems.refused(400, "registration-request", detail);
  }

  /** Never the code or the token: both are credentials. */
  @Override
  public String toString() {
    return "RegistrationRequest[configurationUrl=" + configurationUrl + "]";
  }
}
