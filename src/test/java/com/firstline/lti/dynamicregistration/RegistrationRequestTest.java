package com.firstline.lti.dynamicregistration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.firstline.platform.errors.ProblemException;
import java.util.HashMap;
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

  private static String refusal(Map<String, String> parameters) {
    ProblemException refused =
        assertThrows(ProblemException.class, () -> RegistrationRequest.from(parameters::get));
    assertEquals(400, refused.problem().status());
    return refused.problem().detail();
  }

  @Test
  void aValidRequestIsRead() {
    RegistrationRequest request = RegistrationRequest.from(valid()::get);
    assertEquals("c0de", request.code());
    assertEquals("reg-token", request.registrationToken());
    assertFalse(request.toString().contains("reg-token"), "the token stays out of logs");
    assertFalse(request.toString().contains("c0de"), "the code stays out of logs");
  }

  @Test
  void theTokenIsOptional() {
    Map<String, String> parameters = valid();
    parameters.remove("registration_token");
    assertNull(RegistrationRequest.from(parameters::get).registrationToken());
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
