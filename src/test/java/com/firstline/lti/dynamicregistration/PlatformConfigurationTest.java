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

  private static final boolean DEV_PLATFORM_ON = true;
  private static final boolean DEV_PLATFORM_OFF = false;

  /** Read as in production: the development platform off. */
  private static PlatformConfiguration read(String url, Map<String, Object> configuration) {
    return read(url, configuration, DEV_PLATFORM_OFF);
  }

  private static PlatformConfiguration read(
      String url, Map<String, Object> configuration, boolean devPlatform) {
    return PlatformConfiguration.read(
        url, JsonMapper.builder().build().writeValueAsString(configuration), devPlatform);
  }

  private static String refusal(String url, Map<String, Object> configuration) {
    return refusal(url, configuration, DEV_PLATFORM_OFF);
  }

  private static String refusal(
      String url, Map<String, Object> configuration, boolean devPlatform) {
    ProblemException refused =
        assertThrows(ProblemException.class, () -> read(url, configuration, devPlatform));
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

  /** The valid configuration of a platform served over http on this machine. */
  private static Map<String, Object> local(String base) {
    Map<String, Object> local = valid();
    local.replaceAll((k, v) -> v instanceof String s ? s.replace(ISSUER, base) : v);
    return local;
  }

  @Test
  void anHttpIssuerIsRefusedUnlessLocalWithTheDevelopmentPlatformOn() {
    Map<String, Object> configuration = valid();
    configuration.put("issuer", "http://lms.example.edu");
    for (boolean devPlatform : new boolean[] {DEV_PLATFORM_OFF, DEV_PLATFORM_ON}) {
      assertTrue(
          refusal("http://lms.example.edu/config", configuration, devPlatform)
              .contains("issuer must be an https"));
    }

    for (String base : List.of("http://localhost:8080", "http://127.0.0.1:8080", "http://[::1]")) {
      assertEquals(base, read(base + "/config", local(base), DEV_PLATFORM_ON).issuer());
    }
  }

  @Test
  void localHttpIsRefusedWithTheDevelopmentPlatformOff() {
    for (String base : List.of("http://localhost:8080", "http://127.0.0.1:8080", "http://[::1]")) {
      String detail = refusal(base + "/config", local(base), DEV_PLATFORM_OFF);
      for (String field :
          List.of(
              "issuer",
              "authorization_endpoint",
              "token_endpoint",
              "jwks_uri",
              "registration_endpoint")) {
        assertTrue(detail.contains(field + " must be an https URL"), detail);
      }
      assertTrue(
          detail.contains("http is allowed only on localhost with the development platform on"),
          detail);
    }
  }

  @Test
  void aLocalIssuerDoesNotMakeOtherHttpAddressesAcceptable() {
    Map<String, Object> configuration = local("http://localhost:8080");
    configuration.put("token_endpoint", "http://lms.example.edu/token");
    String detail = refusal("http://localhost:8080/config", configuration, DEV_PLATFORM_ON);
    assertTrue(detail.contains("token_endpoint must be an https URL"), detail);
    assertFalse(detail.contains("issuer must"), detail);
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
    assertThrows(
        ProblemException.class, () -> PlatformConfiguration.read(URL, "<html>", DEV_PLATFORM_ON));
    assertThrows(
        ProblemException.class, () -> PlatformConfiguration.read(URL, "[1]", DEV_PLATFORM_ON));
  }

  @Test
  void pathBoundaries() {
    assertTrue(PlatformConfiguration.isUnder(ISSUER + "/x", ISSUER));
    assertTrue(PlatformConfiguration.isUnder(ISSUER + "/x", ISSUER + "/"));
    assertFalse(PlatformConfiguration.isUnder(ISSUER + "x/y", ISSUER));
    assertFalse(PlatformConfiguration.isUnder(null, ISSUER));
  }
}
