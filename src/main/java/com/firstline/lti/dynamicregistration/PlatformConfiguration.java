package com.firstline.lti.dynamicregistration;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The platform's OpenID configuration, as far as Firstline needs it, checked the way LTI Dynamic
 * Registration says: the issuer is https, the configuration was fetched from under the issuer (so
 * no one can pass a configuration naming someone else's issuer), and every address we will call or
 * trust is https too. Plain http is accepted only on localhost and only when the caller says so
 * (the development platform is on): otherwise a registration link would let its holder make the
 * server call addresses on its own machine. Pure logic.
 *
 * @param tokenAudience the configuration's {@code authorization_server}: the audience of client
 *     assertions when it differs from the token endpoint; null when not named
 */
public record PlatformConfiguration(
    String issuer,
    String authorizationEndpoint,
    String tokenEndpoint,
    String tokenAudience,
    String jwksUri,
    String registrationEndpoint,
    String productFamily) {

  private static final ObjectMapper JSON = JsonMapper.builder().build();
  private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]");
  private static final int MAX_ISSUER_LENGTH = 255;
  private static final int MAX_URL_LENGTH = 1000;

  /** What {@link #isSecure} accepts, for refusals. */
  static final String SECURE_URL =
      "an https URL (http is allowed only on localhost with the development platform on,"
          + " dev.platform.enabled)";

  /**
   * Reads and checks the configuration fetched from {@code configurationUrl}; all faults at once.
   *
   * @param localHttpAllowed whether http addresses on localhost are accepted (the development
   *     platform is on)
   */
  public static PlatformConfiguration read(
      String configurationUrl, String json, boolean localHttpAllowed) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JacksonException e) {
      throw RegistrationProblems.platform("The platform's OpenID configuration is not JSON.");
    }
    if (root == null || !root.isObject()) {
      throw RegistrationProblems.platform(
          "The platform's OpenID configuration is not a JSON object.");
    }
    List<String> faults = new ArrayList<>();
    String issuer = secureUrl(root, "issuer", MAX_ISSUER_LENGTH, localHttpAllowed, faults);
    if (issuer != null && !isUnder(configurationUrl, issuer)) {
      faults.add(
          "the configuration must be fetched from under its issuer "
              + issuer
              + ", not from "
              + configurationUrl);
    }
    PlatformConfiguration configuration =
        new PlatformConfiguration(
            issuer,
            secureUrl(root, "authorization_endpoint", MAX_URL_LENGTH, localHttpAllowed, faults),
            secureUrl(root, "token_endpoint", MAX_URL_LENGTH, localHttpAllowed, faults),
            optionalText(root, "authorization_server", MAX_URL_LENGTH, faults),
            secureUrl(root, "jwks_uri", MAX_URL_LENGTH, localHttpAllowed, faults),
            secureUrl(root, "registration_endpoint", MAX_URL_LENGTH, localHttpAllowed, faults),
            optionalText(
                root.path("https://purl.imsglobal.org/spec/lti-platform-configuration"),
                "product_family_code",
                MAX_ISSUER_LENGTH,
                faults));
    requireListed(root, "token_endpoint_auth_methods_supported", "private_key_jwt", faults);
    requireListed(root, "id_token_signing_alg_values_supported", "RS256", faults);
    if (!faults.isEmpty()) {
      throw RegistrationProblems.platform(
          "The platform's OpenID configuration cannot be used: " + String.join("; ", faults) + ".");
    }
    return configuration;
  }

  /**
   * Whether {@code url} is https, or http on the machine itself when {@code localHttpAllowed} (a
   * development platform).
   */
  static boolean isSecure(URI url, boolean localHttpAllowed) {
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    String host = url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT);
    return url.isAbsolute()
        && !host.isEmpty()
        && url.getRawUserInfo() == null
        && ("https".equals(scheme)
            || (localHttpAllowed && "http".equals(scheme) && LOCAL_HOSTS.contains(host)));
  }

  /**
   * The configuration URL starts with the issuer, at a path boundary: {@code https://lms.example}
   * does not cover {@code https://lms.example.evil.test/...}.
   */
  static boolean isUnder(String configurationUrl, String issuer) {
    if (configurationUrl == null || !configurationUrl.startsWith(issuer)) {
      return false;
    }
    if (issuer.endsWith("/") || configurationUrl.length() == issuer.length()) {
      return true;
    }
    char next = configurationUrl.charAt(issuer.length());
    return next == '/' || next == '?' || next == '#';
  }

  private static String secureUrl(
      JsonNode root, String field, int maxLength, boolean localHttpAllowed, List<String> faults) {
    JsonNode node = root.path(field);
    if (!node.isString() || node.asString().isBlank()) {
      faults.add(field + " is missing");
      return null;
    }
    String value = node.asString();
    if (value.length() > maxLength) {
      faults.add(field + " is longer than " + maxLength + " characters");
      return null;
    }
    try {
      if (!isSecure(new URI(value), localHttpAllowed)) {
        faults.add(field + " must be " + SECURE_URL + ": " + value);
        return null;
      }
    } catch (URISyntaxException e) {
      faults.add(field + " is not a URL");
      return null;
    }
    return value;
  }

  private static String optionalText(
      JsonNode root, String field, int maxLength, List<String> faults) {
    JsonNode node = root.path(field);
    if (node.isMissingNode() || node.isNull()) {
      return null;
    }
    if (!node.isString() || node.asString().length() > maxLength) {
      faults.add(field + " must be a string of at most " + maxLength + " characters");
      return null;
    }
    return node.asString().isBlank() ? null : node.asString();
  }

  /** A list the configuration may leave out, but that must name what we need when present. */
  private static void requireListed(
      JsonNode root, String field, String needed, List<String> faults) {
    JsonNode list = root.path(field);
    if (list.isMissingNode()) {
      return;
    }
    boolean listed = false;
    for (JsonNode item : list) {
      listed |= item.isString() && needed.equals(item.asString());
    }
    if (!list.isArray() || !listed) {
      faults.add(field + " must include " + needed);
    }
  }
}
