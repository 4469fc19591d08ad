package com.firstline.lti.dynamicregistration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.firstline.platform.errors.ProblemException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The checks of a platform's OpenID configuration, one rule per test. */
class PlatformConfigurationTest {
  private static final String ISSUER = "https://lms.example.edu";
  private static final String URL = ISSUER + "/.well-known/openid-configuration";

  private static Map<String, Object> valid() {
    Map<String, Object> configuration = new LinkedHashMap<>();
    configuration.put("issuer", ISSUER);
    configuration.put("authorization_endpoint", ISSUER + "/auth");
    configuration.put("token_endpoint", ISSUER + "/token");
    configuration.put("jwks_uri", ISSUER + "/jwks");
    configuration.put("registration_endpoint", ISSUER + "/register");
    configuration.put("token_endpoint_auth_methods_supported", List.of("private_key_jwt"));
    configuration.put("id_token_signing_alg_values_supported", List.of("RS256"));
    configuration.put(
        "https://purl.imsglobal.org/spec/lti-platform-configuration",
        Map.of("product_family_code", "moodle"));
    return configuration;
  }

  private static PlatformConfiguration read(String url, Map<String, Object> configuration) {
    return PlatformConfiguration.read(
        url, JsonMapper.builder().build().writeValueAsString(configuration));
  }

  private static String refusal(String url, Map<String, Object> configuration) {
    ProblemException refused = assertThrows(ProblemException.class, () -> read(url, configuration));
    assertEquals(400, refused.problem().status());
    assertEquals("/problems/lti/registration-platform", refused.problem().type());
    return refused.problem().detail();
  }

  @Test
  void aValidConfigurationIsRead() {
    PlatformConfiguration read = read(URL, valid());
    assertEquals(ISSUER, read.issuer());
    assertEquals(ISSUER + "/auth", read.authorizationEndpoint());
    assertEquals(ISSUER + "/token", read.tokenEndpoint());
    assertEquals(ISSUER + "/jwks", read.jwksUri());
    assertEquals(ISSUER + "/register", read.registrationEndpoint());
    assertEquals("moodle", read.productFamily());
    assertNull(read.tokenAudience());
  }

  @Test
  void theAuthorizationServerIsTheTokenAudience() {
    Map<String, Object> configuration = valid();
    configuration.put("authorization_server", "https://auth.brightspace.com/core/connect/token");
    assertEquals(
        "https://auth.brightspace.com/core/connect/token",
        read(URL, configuration).tokenAudience());
  }

  @Test
  void anHttpIssuerIsRefusedUnlessLocal() {
    Map<String, Object> configuration = valid();
    configuration.put("issuer", "http://lms.example.edu");
    assertTrue(
        refusal("http://lms.example.edu/config", configuration)
            .contains("issuer must be an https"));

    Map<String, Object> local = valid();
    local.put("issuer", "http://localhost:8080");
    local.replaceAll(
        (k, v) -> v instanceof String s ? s.replace(ISSUER, "http://localhost:8080") : v);
    assertEquals("http://localhost:8080", read("http://localhost:8080/config", local).issuer());
  }

  @Test
  void theConfigurationMustComeFromUnderItsIssuer() {
    assertTrue(
        refusal("https://elsewhere.example/.well-known/openid-configuration", valid())
            .contains("fetched from under its issuer"));
    // A look-alike host that merely starts with the issuer's text is not under it.
    assertTrue(
        refusal("https://lms.example.edu.evil.test/config", valid())
            .contains("fetched from under its issuer"));
  }

  @Test
  void everyAddressIsRequiredAndSecure() {
    Map<String, Object> configuration = valid();
    configuration.remove("registration_endpoint");
    configuration.put("jwks_uri", "http://lms.example.edu/jwks");
    configuration.put("token_endpoint", 42);
    String detail = refusal(URL, configuration);
    assertTrue(detail.contains("registration_endpoint is missing"), detail);
    assertTrue(detail.contains("jwks_uri must be an https URL"), detail);
    assertTrue(detail.contains("token_endpoint is missing"), detail);
  }

  @Test
  void listedCapabilitiesMustIncludeWhatFirstlineUses() {
    Map<String, Object> configuration = valid();
    configuration.put("token_endpoint_auth_methods_supported", List.of("client_secret_basic"));
    configuration.put("id_token_signing_alg_values_supported", List.of("HS256"));
    String detail = refusal(URL, configuration);
    assertTrue(detail.contains("must include private_key_jwt"), detail);
    assertTrue(detail.contains("must include RS256"), detail);
  }

  @Test
  void notJsonIsRefused() {
    assertThrows(ProblemException.class, () -> PlatformConfiguration.read(URL, "<html>"));
    assertThrows(ProblemException.class, () -> PlatformConfiguration.read(URL, "[1]"));
  }

  @Test
  void pathBoundaries() {
    assertTrue(PlatformConfiguration.isUnder(ISSUER + "/x", ISSUER));
    assertTrue(PlatformConfiguration.isUnder(ISSUER + "/x", ISSUER + "/"));
    assertFalse(PlatformConfiguration.isUnder(ISSUER + "x/y", ISSUER));
    assertFalse(PlatformConfiguration.isUnder(null, ISSUER));
  }
}
