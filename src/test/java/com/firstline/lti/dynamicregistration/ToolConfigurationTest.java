package com.firstline.lti.dynamicregistration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The client metadata Firstline sends to a platform's registration endpoint. */
class ToolConfigurationTest {
  private static final String BASE = "https://firstline.example.com";
  private static final JsonNode SENT =
      JsonMapper.builder().build().readTree(ToolConfiguration.json(BASE));

  private static List<String> strings(JsonNode list) {
    return list.valueStream().map(JsonNode::asString).toList();
  }

  @Test
  void itDescribesAnLtiWebClientWithOurAddresses() {
    assertEquals("Firstline", SENT.path("client_name").asString());
    assertEquals("web", SENT.path("application_type").asString());
    assertEquals(List.of("implicit", "client_credentials"), strings(SENT.path("grant_types")));
    assertEquals(List.of("id_token"), strings(SENT.path("response_types")));
    assertEquals(List.of(BASE + "/lti/launch"), strings(SENT.path("redirect_uris")));
    assertEquals(BASE + "/lti/login", SENT.path("initiate_login_uri").asString());
    assertEquals(BASE + "/lti/jwks", SENT.path("jwks_uri").asString());
    assertEquals("private_key_jwt", SENT.path("token_endpoint_auth_method").asString());
  }

  @Test
  void itAsksForTheGradeAndRosterScopes() {
    assertEquals(
        List.of(
            "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
            "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem.readonly",
            "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly",
            "https://purl.imsglobal.org/spec/lti-ags/scope/score",
            "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly"),
        List.of(SENT.path("scope").asString().split(" ")));
  }

  @Test
  void theLtiToolConfigurationNamesDomainClaimsAndBothMessages() {
    JsonNode lti = SENT.path("https://purl.imsglobal.org/spec/lti-tool-configuration");
    assertEquals("firstline.example.com", lti.path("domain").asString());
    assertEquals(BASE + "/lti/launch", lti.path("target_link_uri").asString());
    assertEquals(List.of("iss", "sub", "name", "email"), strings(lti.path("claims")));
    JsonNode messages = lti.path("messages");
    assertEquals(2, messages.size());
    assertEquals("LtiResourceLinkRequest", messages.get(0).path("type").asString());
    assertEquals("LtiDeepLinkingRequest", messages.get(1).path("type").asString());
    for (JsonNode message : messages) {
      assertEquals(BASE + "/lti/launch", message.path("target_link_uri").asString());
    }
  }

  @Test
  void aDevelopmentServerKeepsItsPortInTheDomain() {
    JsonNode lti =
        JsonMapper.builder()
            .build()
            .readTree(ToolConfiguration.json("http://localhost:9080"))
            .path(ToolConfiguration.LTI_TOOL_CONFIGURATION);
    assertEquals("localhost:9080", lti.path("domain").asString());
    assertTrue(lti.path("description").asString().length() > 10);
  }
}
