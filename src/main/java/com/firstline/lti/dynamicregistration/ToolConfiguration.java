package com.firstline.lti.dynamicregistration;

import com.firstline.lti.services.Scopes;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * What Firstline asks the platform to register (OpenID Connect client metadata plus LTI's tool
 * configuration): where it logs in and launches, where its keys are, the services it uses (grades
 * and rosters) and the claims it wants. Pure logic, for a base URL such as {@code
 * https://firstline.example.com}.
 */
public final class ToolConfiguration {
  static final String LTI_TOOL_CONFIGURATION =
      "https://purl.imsglobal.org/spec/lti-tool-configuration";
  static final String AGS_RESULT_READONLY =
      "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly";

  private static final ObjectMapper JSON = JsonMapper.builder().build();

  private ToolConfiguration() {}

  /** The registration request's body. */
  public static String json(String toolBase) {
    return JSON.writeValueAsString(of(toolBase));
  }

  static Map<String, Object> of(String toolBase) {
    String launch = toolBase + "/lti/launch";
    Map<String, Object> lti = new LinkedHashMap<>();
    lti.put("domain", URI.create(toolBase).getAuthority());
    lti.put("description", "Short, realistic scenarios that teach new managers to lead.");
    lti.put("target_link_uri", launch);
    lti.put("claims", List.of("iss", "sub", "name", "email"));
    lti.put(
        "messages",
        List.of(
            Map.of("type", "LtiResourceLinkRequest", "target_link_uri", launch),
            Map.of(
                "type", "LtiDeepLinkingRequest", "target_link_uri", launch, "label", "Firstline")));

    Map<String, Object> client = new LinkedHashMap<>();
    client.put("application_type", "web");
    client.put("client_name", "Firstline");
    client.put("grant_types", List.of("implicit", "client_credentials"));
    client.put("response_types", List.of("id_token"));
    client.put("redirect_uris", List.of(launch));
    client.put("initiate_login_uri", toolBase + "/lti/login");
    client.put("jwks_uri", toolBase + "/lti/jwks");
    client.put("token_endpoint_auth_method", "private_key_jwt");
    client.put(
        "scope",
        String.join(
            " ",
            Scopes.AGS_LINEITEM,
            Scopes.AGS_LINEITEM_READONLY,
            AGS_RESULT_READONLY,
            Scopes.AGS_SCORE,
            Scopes.NRPS_MEMBERSHIPS));
    client.put(LTI_TOOL_CONFIGURATION, lti);
    return client;
  }
}
