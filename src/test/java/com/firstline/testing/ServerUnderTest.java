package com.firstline.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Liberty server that Maven starts for the integration tests (see the pom's
 * pre-integration-test phase), seen from outside over HTTP.
 */
public final class ServerUnderTest {
  private static final ObjectMapper JSON = JsonMapper.builder().build();
  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  private static volatile boolean ready;
  private static volatile String neverReady;

  private ServerUnderTest() {}

  /**
   * Waits until the application has started and reports ready. Liberty's start goal returns once
   * the server runs, which can be before the application has finished deploying.
   */
  public static void awaitReady() {
    if (ready) {
      return;
    }
    if (neverReady != null) {
      throw new IllegalStateException(neverReady);
    }
    long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
    String last = "no answer";
    while (System.nanoTime() < deadline) {
      try {
        HttpResponse<String> health =
            CLIENT.send(
                HttpRequest.newBuilder(uri("/health/ready")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        last = health.statusCode() + " " + health.body();
        if (health.statusCode() == 200) {
          ready = true;
          return;
        }
      } catch (IOException e) {
        last = e.toString();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      pause();
    }
    neverReady = "The server at " + baseUrl() + " never became ready: " + last;
    throw new IllegalStateException(neverReady);
  }

  public static String baseUrl() {
    return System.getProperty("it.base.url", "http://localhost:9080");
  }

  private static void pause() {
    try {
      Thread.sleep(500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public static URI uri(String path) {
    return URI.create(baseUrl() + path);
  }

  public static HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(uri(path)).GET().build());
  }

  public static HttpResponse<String> send(HttpRequest request) {
    awaitReady();
    try {
      return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public static JsonNode json(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (JacksonException e) {
      throw new IllegalStateException("Not JSON: " + response.body(), e);
    }
  }
}
