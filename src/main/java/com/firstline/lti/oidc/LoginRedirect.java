package com.firstline.lti.oidc;

import com.firstline.lti.registration.RegisteredPlatform;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The authentication request we send the browser to (LTI Core 1.3 §4.1.1): an OIDC implicit-flow
 * request for an id_token posted back to our launch URL. Pure logic.
 */
public final class LoginRedirect {
  private LoginRedirect() {}

  public static String to(
      RegisteredPlatform platform, LoginRequest request, PendingLogin login, String launchUrl) {
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("scope", "openid");
    parameters.put("response_type", "id_token");
    parameters.put("response_mode", "form_post");
    parameters.put("prompt", "none");
    parameters.put("client_id", platform.clientId());
    parameters.put("redirect_uri", launchUrl);
    parameters.put("login_hint", request.loginHint());
    if (request.messageHint() != null) {
      parameters.put("lti_message_hint", request.messageHint());
    }
    parameters.put("state", login.state());
    parameters.put("nonce", login.nonce());
    String query =
        parameters.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    String authUrl = platform.authUrl();
    return authUrl + (authUrl.contains("?") ? "&" : "?") + query;
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
