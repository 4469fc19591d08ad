package com.firstline.lti.dynamicregistration;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The platform's answer to our registration: the client_id it gave Firstline and, in the returned
 * tool configuration, the deployment it made (a platform may leave that for later; launches from a
 * deployment not stored are refused until an admin adds it). Pure logic.
 */
public record PlatformAnswer(String clientId, String deploymentId) {
  private static final ObjectMapper JSON = JsonMapper.builder().build();
  private static final int MAX_ID_LENGTH = 255;

  public static PlatformAnswer read(String json) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JacksonException e) {
      throw RegistrationProblems.platform("The platform's registration answer is not JSON.");
    }
    if (root == null || !root.isObject()) {
      throw RegistrationProblems.platform(
          "The platform's registration answer is not a JSON object.");
    }
    List<String> faults = new ArrayList<>();
    String clientId = identifier(root.path("client_id"), "client_id", true, faults);
    String deploymentId =
        identifier(
            root.path(ToolConfiguration.LTI_TOOL_CONFIGURATION).path("deployment_id"),
            "deployment_id",
            false,
            faults);
    if (!faults.isEmpty()) {
      throw RegistrationProblems.platform(
          "The platform's registration answer cannot be used: " + String.join("; ", faults) + ".");
    }
    return new PlatformAnswer(clientId, deploymentId);
  }

  /** LTI identifiers: case-sensitive, at most 255 printable ASCII characters. */
  private static String identifier(
      JsonNode node, String field, boolean required, List<String> faults) {
    if (node.isMissingNode() || node.isNull()) {
      if (required) {
        faults.add(field + " is missing");
      }
      return null;
    }
    // Some platforms send numbers; the value is an opaque string either way.
    String value = node.isString() || node.isNumber() ? node.asString() : null;
    if (value == null || value.isBlank()) {
      faults.add(field + " must be a non-empty string");
      return null;
    }
    if (value.length() > MAX_ID_LENGTH || !value.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
      faults.add(field + " must be at most 255 printable ASCII characters");
      return null;
    }
    return value;
  }
}
