package com.firstline.testing;

import static com.firstline.testing.ServerUnderTest.json;
import static com.firstline.testing.ServerUnderTest.send;
import static com.firstline.testing.ServerUnderTest.uri;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import tools.jackson.databind.JsonNode;

/** A signed-in person calling the JSON API of the server under test. */
public final class Api {
  private final String token;

  private Api(String token) {
    this.token = token;
  }

  /** Signs in through the development sign-in, which the integration-test server has turned on. */
  public static Api signIn(String name, String role) {
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(uri("/api/dev/sign-in"))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"name\":\"" + name + "\",\"role\":\"" + role + "\"}"))
                .build());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("Sign-in failed: " + response.body());
    }
    return new Api(json(response).path("token").asString());
  }

  /** A session opened some other way, such as an LTI launch. */
  public static Api withToken(String sessionToken) {
    return new Api(sessionToken);
  }

  public static Api anonymous() {
    return new Api(null);
  }

  public HttpResponse<String> get(String path) {
    return send(authorized(HttpRequest.newBuilder(uri(path))).GET().build());
  }

  public HttpResponse<String> post(String path, String jsonBody) {
    return send(
        authorized(HttpRequest.newBuilder(uri(path)))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(jsonBody))
            .build());
  }

  public HttpResponse<String> put(String path, String jsonBody) {
    return send(
        authorized(HttpRequest.newBuilder(uri(path)))
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(jsonBody))
            .build());
  }

  /** Any request, with this person's session: for headers such as If-Match or non-JSON bodies. */
  public HttpResponse<String> call(HttpRequest.Builder request) {
    return ServerUnderTest.send(authorized(request).build());
  }

  /** The session token, for pages opened with {@code #session=}. */
  public String token() {
    return token;
  }

  /** The JSON body of a call that must answer {@code status}. */
  public static JsonNode expect(int status, HttpResponse<String> response) {
    if (response.statusCode() != status) {
      throw new AssertionError(
          "Expected " + status + " but got " + response.statusCode() + ": " + response.body());
    }
    return json(response);
  }

  private HttpRequest.Builder authorized(HttpRequest.Builder builder) {
    return token == null ? builder : builder.header("Authorization", "Bearer " + token);
  }
}
