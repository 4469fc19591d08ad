package com.firstline.lti.dynamicregistration;

import com.firstline.platform.http.OutboundHttp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.http.HttpRequest;

/**
 * The two calls of a registration: GET the platform's OpenID configuration and POST our tool
 * configuration to its registration endpoint, both with the registration token as bearer when the
 * platform gave one, through the outbound client (whole-call deadline, no redirects, so the token
 * reaches only the address checked, and a size limit). The token is never logged nor put in a
 * message.
 */
@ApplicationScoped
public class PlatformCalls {
  private static final int MAX_QUOTED = 300;

  @Inject OutboundHttp http;

  /** GETs the configuration and checks it: see {@link PlatformConfiguration#read}. */
  public PlatformConfiguration configuration(
      String configurationUrl, String registrationToken, boolean localHttpAllowed) {
    String what = "The platform's OpenID configuration at " + configurationUrl;
    HttpRequest request =
        authorized(request(configurationUrl, what), registrationToken)
            .header("Accept", "application/json")
            .GET()
            .build();
    String body = send(request, what);
    return PlatformConfiguration.read(configurationUrl, body, localHttpAllowed);
  }

  public PlatformAnswer register(
      PlatformConfiguration platform, String registrationToken, String toolConfiguration) {
    String what = "The platform's registration endpoint " + platform.registrationEndpoint();
    HttpRequest request =
        authorized(request(platform.registrationEndpoint(), what), registrationToken)
            .header("Accept", "application/json")
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(toolConfiguration))
            .build();
    return PlatformAnswer.read(send(request, what));
  }

  private HttpRequest.Builder request(String url, String what) {
    try {
      return http.request(url);
    } catch (IllegalArgumentException e) {
      throw RegistrationProblems.platform(what + " is not a valid address.");
    }
  }

  private static HttpRequest.Builder authorized(HttpRequest.Builder builder, String token) {
    return token == null ? builder : builder.header("Authorization", "Bearer " + token);
  }

  /** The answer's body when it is a 2xx; otherwise a refusal that quotes the start of it. */
  private String send(HttpRequest request, String what) {
    OutboundHttp.Answer answer;
    try {
      answer = http.send(request, what);
    } catch (OutboundHttp.Unreachable e) {
      throw RegistrationProblems.platform(what + " could not be reached (" + e.getMessage() + ").");
    }
    if (!answer.ok()) {
      throw RegistrationProblems.platform(
          what + " answered " + answer.status() + ": " + quoted(answer.body()));
    }
    return answer.body();
  }

  private static String quoted(String body) {
    String oneLine = body.replaceAll("\\s+", " ").strip();
    return oneLine.length() <= MAX_QUOTED ? oneLine : oneLine.substring(0, MAX_QUOTED) + "\u2026";
  }
}
