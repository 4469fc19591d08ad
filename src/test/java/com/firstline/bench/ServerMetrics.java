package com.firstline.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.OptionalDouble;

/**
 * The server's own figures from its Prometheus endpoint ({@code /metrics}): process CPU time and
 * heap. Reading them before and after a phase turns the difference into CPU milliseconds per
 * request, which means the same on any machine, unlike requests per second. Credentials are
 * optional, for a server whose {@code /metrics} is protected.
 */
final class ServerMetrics {
  private final HttpClient client;
  private final URI uri;
  private final String authorization;

  ServerMetrics(HttpClient client, String base, String user, String password) {
    this.client = client;
    this.uri = URI.create(base + "/metrics");
    this.authorization =
        user == null || user.isEmpty()
            ? null
            : "Basic "
                + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /** One reading: the process's CPU seconds so far, the used and the largest heap in bytes. */
  record Reading(double cpuSeconds, double usedHeap, double maxHeap) {
    double cpuMillisSince(Reading before) {
      return (cpuSeconds - before.cpuSeconds) * 1000;
    }
  }

  Reading read() {
    String text = fetch();
    return new Reading(
        value(text, "cpu_processCpuTime_seconds").orElseThrow(() -> missing("process CPU time")),
        value(text, "memory_usedHeap_bytes").orElseThrow(() -> missing("used heap")),
        value(text, "memory_maxHeap_bytes").orElse(Double.NaN));
  }

  private IllegalStateException missing(String what) {
    return new IllegalStateException(uri + " reports no " + what);
  }

  private String fetch() {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET();
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    try {
      HttpResponse<String> response =
          client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(
            uri
                + " answered "
                + response.statusCode()
                + " (protected? pass -Dbench.metrics-user and -Dbench.metrics-password)");
      }
      return response.body();
    } catch (IOException e) {
      throw new IllegalStateException(uri + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The value of the first sample of this metric (with or without labels) in Prometheus text. */
  static OptionalDouble value(String prometheusText, String name) {
    for (String line : prometheusText.split("\n")) {
      if (line.startsWith(name) && line.length() > name.length()) {
        char next = line.charAt(name.length());
        if (next == '{' || next == ' ') {
          String number = line.substring(line.lastIndexOf(' ') + 1).trim();
          return OptionalDouble.of(Double.parseDouble(number));
        }
      }
    }
    return OptionalDouble.empty();
  }
}
