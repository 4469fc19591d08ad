package com.firstline.lti.dynamicregistration;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The two calls of a registration: GET the platform's OpenID configuration and POST our tool
 * configuration to its registration endpoint, both with the registration token as bearer when the
 * platform gave one. Redirects are not followed (the token must reach only the address checked) and
 * answers are read up to a size limit. The token is never logged nor put in a message.
 */
@ApplicationScoped
public class PlatformCalls {
  private static final int MAX_BYTES = 256 * 1024;
  private static final int MAX_QUOTED = 300;
  private static final Duration TIMEOUT = Duration.ofSeconds(20);

  private final HttpClient client =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(10))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  /** GETs the configuration and checks it: see {@link PlatformConfiguration#read}. */
  public PlatformConfiguration configuration(
      String configurationUrl, String registrationToken, boolean localHttpAllowed) {
    HttpRequest request =
        authorized(HttpRequest.newBuilder(URI.create(configurationUrl)), registrationToken)
            .header("Accept", "application/json")
            .GET()
            .build();
    String body = send(request, "The platform's OpenID configuration at " + configurationUrl);
    return PlatformConfiguration.read(configurationUrl, body, localHttpAllowed);
  }

  public PlatformAnswer register(
      PlatformConfiguration platform, String registrationToken, String toolConfiguration) {
    HttpRequest request =
        authorized(
                HttpRequest.newBuilder(URI.create(platform.registrationEndpoint())),
                registrationToken)
            .header("Accept", "application/json")
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(toolConfiguration))
            .build();
    String body =
        send(request, "The platform's registration endpoint " + platform.registrationEndpoint());
    return PlatformAnswer.read(body);
  }

  private static HttpRequest.Builder authorized(HttpRequest.Builder builder, String token) {
    builder.timeout(TIMEOUT);
    return token == null ? builder : builder.header("Authorization", "Bearer " + token);
  }

  /** The answer's body when it is a 2xx; otherwise a refusal that quotes the start of it. */
  private String send(HttpRequest request, String what) {
    try {
      HttpResponse<InputStream> response =
          client.send(request, HttpResponse.BodyHandlers.ofInputStream());
      String body;
      try (InputStream in = response.body()) {
        body = new String(in.readNBytes(MAX_BYTES), StandardCharsets.UTF_8);
      }
      if (response.statusCode() / 100 != 2) {
        throw RegistrationProblems.platform(
            what + " answered " + response.statusCode() + ": " + quoted(body));
      }
      return body;
    } catch (IOException e) {
      throw RegistrationProblems.platform(what + " could not be reached (" + e + ").");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw RegistrationProblems.platform(what + " could not be reached (interrupted).");
    }
  }

  private static String quoted(String body) {
    String oneLine = body.replaceAll("\\s+", " ").strip();
    return oneLine.length() <= MAX_QUOTED ? oneLine : oneLine.substring(0, MAX_QUOTED) + "\u2026";
  }
}
