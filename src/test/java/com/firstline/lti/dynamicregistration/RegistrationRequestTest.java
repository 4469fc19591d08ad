package com.firstline.lti.dynamicregistration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.firstline.platform.errors.ProblemException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The parameters of /lti/register and the platform's answer, checked before use. */
class RegistrationRequestTest {
  private static Map<String, String> valid() {
    Map<String, String> parameters = new HashMap<>();
    parameters.put("code", "c0de");
    parameters.put("openid_configuration", "https://lms.example.edu/config");
    parameters.put("registration_token", "reg-token");
    return parameters;
  }

  private static final boolean DEV_PLATFORM_ON = true;
  private static final boolean DEV_PLATFORM_OFF = false;

  /** Read as in production: the development platform off. */
  private static RegistrationRequest read(Map<String, String> parameters) {
    return RegistrationRequest.from(parameters::get, DEV_PLATFORM_OFF);
  }

  private static String refusal(Map<String, String> parameters) {
    return refusal(parameters, DEV_PLATFORM_OFF);
  }

  private static String refusal(Map<String, String> parameters, boolean devPlatform) {
    ProblemException refused =
        assertThrows(
            ProblemException.class, () -> RegistrationRequest.from(parameters::get, devPlatform));
    assertEquals(400, refused.problem().status());
    return refused.problem().detail();
  }

  @Test
  void aValidRequestIsRead() {
    RegistrationRequest request = read(valid());
    assertEquals("c0de", request.code());
    assertEquals("reg-token", request.registrationToken());
    assertFalse(request.toString().contains("reg-token"), "the token stays out of logs");
    assertFalse(request.toString().contains("c0de"), "the code stays out of logs");
  }

  @Test
  void theTokenIsOptional() {
    Map<String, String> parameters = valid();
    parameters.remove("registration_token");
    assertNull(read(parameters).registrationToken());
  }

  @Test
  void theConfigurationUrlIsRequiredAndSecure() {
    Map<String, String> parameters = valid();
    parameters.remove("openid_configuration");
    assertTrue(refusal(parameters).contains("no openid_configuration"));
    parameters.put("openid_configuration", "http://lms.example.edu/config");
    assertTrue(refusal(parameters).contains("https"));
    parameters.put("openid_configuration", "file:///etc/passwd");
    assertTrue(refusal(parameters).contains("https"));
    parameters.put("openid_configuration", "https://lms.example.edu/" + "x".repeat(1000));
    assertTrue(refusal(parameters).contains("at most 1000 characters"));
  }

  @Test
  void aLocalHttpConfigurationUrlNeedsTheDevelopmentPlatformOn() {
    Map<String, String> parameters = valid();
    for (String url :
        List.of(
            "http://localhost:9080/dev-platform/config",
            "http://127.0.0.1:8080/config",
            "http://[::1]/config")) {
      parameters.put("openid_configuration", url);
      assertEquals(
          url, RegistrationRequest.from(parameters::get, DEV_PLATFORM_ON).configurationUrl());
      String detail = refusal(parameters, DEV_PLATFORM_OFF);
      assertTrue(
          detail.contains("http is allowed only on localhost with the development platform on"),
          detail);
    }
    parameters.put("openid_configuration", "http://lms.example.edu/config");
    assertTrue(refusal(parameters, DEV_PLATFORM_ON).contains("must be an https URL"));
  }

  @Test
  void aTokenWithControlCharactersIsRefused() {
    Map<String, String> parameters = valid();
    parameters.put("registration_token", "abc\r\nX-Injected: 1");
    assertTrue(refusal(parameters).contains("registration_token"));
  }

  @Test
  void thePlatformAnswerGivesClientAndDeployment() {
    PlatformAnswer answer =
        PlatformAnswer.read(
            "{\"client_id\":\"abc\",\"https://purl.imsglobal.org/spec/lti-tool-configuration\":"
                + "{\"deployment_id\":\"1:xyz\"}}");
    assertEquals("abc", answer.clientId());
    assertEquals("1:xyz", answer.deploymentId());
    assertNull(PlatformAnswer.read("{\"client_id\":123}").deploymentId());
    assertEquals("123", PlatformAnswer.read("{\"client_id\":123}").clientId());
  }

  @Test
  void anAnswerWithoutClientIdIsRefused() {
    ProblemException refused =
        assertThrows(ProblemException.class, () -> PlatformAnswer.read("{\"client_name\":\"x\"}"));
    assertTrue(refused.problem().detail().contains("client_id is missing"));
    assertThrows(ProblemException.class, () -> PlatformAnswer.read("not json"));
  }
}
