package com.firstline.tracking;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Learning Record Store for tests, on the port the test server's {@code tracking.xapi.endpoint}
 * names: {@code POST /xapi/statements} with a JSON array, HTTP Basic and {@code
 * X-Experience-API-Version: 1.0.3} required. Like a real LRS it stores a batch whole, or answers
 * 409 without storing anything when it already has one of its ids. Requests that carry a given text
 * (a person's name) can be scripted to fail with 500, before or after storing (an answer lost on
 * the way back).
 */
final class FakeLrs implements AutoCloseable {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final HttpServer server;
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final String expectedAuthorization;
  private final Map<String, JsonNode> stored = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> posted = new ConcurrentHashMap<>();
  private final List<String> refused = new CopyOnWriteArrayList<>();
  private final List<Failure> failures = new CopyOnWriteArrayList<>();
  private final AtomicInteger failed = new AtomicInteger();

  /** The next {@code count} requests containing {@code text} fail; {@code storeFirst}: silently. */
  private record Failure(String text, AtomicInteger left, boolean storeFirst) {}

  private FakeLrs(int port, String username, String password) {
    expectedAuthorization =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    server = bind(port);
    server.setExecutor(threads);
    server.createContext("/xapi/statements", this::handle);
    server.start();
  }

  /** The LRS the integration-test server sends to (pom: {@code it.lrs.*}). */
  static FakeLrs start() {
    return new FakeLrs(
        Integer.getInteger("it.lrs.port"),
        System.getProperty("it.lrs.username"),
        System.getProperty("it.lrs.password"));
  }

  /** The port is fixed, so a previous test's LRS may just have let it go: try for a while. */
  private static HttpServer bind(int port) {
    InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
    for (int tries = 0; ; tries++) {
      try {
        return HttpServer.create(address, 0);
      } catch (BindException e) {
        if (tries > 50) {
          throw new UncheckedIOException(e);
        }
        pause();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static void pause() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  void failNext(String containing, int count) {
    failures.add(new Failure(containing, new AtomicInteger(count), false));
  }

  void loseAnswersOfNext(String containing, int count) {
    failures.add(new Failure(containing, new AtomicInteger(count), true));
  }

  /** Stored statements whose actor's account name is {@code name}. */
  List<JsonNode> statementsOf(String name) {
    List<JsonNode> of = new ArrayList<>();
    for (JsonNode statement : stored.values()) {
      if (name.equals(statement.path("actor").path("account").path("name").asString())) {
        of.add(statement);
      }
    }
    return of;
  }

  /** How many times a statement id was POSTed (accepted, refused as known, or failed). */
  int timesPosted(String statementId) {
    AtomicInteger count = posted.get(statementId);
    return count == null ? 0 : count.get();
  }

  /** Requests refused for their credentials, version header or method. */
  List<String> refused() {
    return List.copyOf(refused);
  }

  int scriptedFailures() {
    return failed.get();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      if (!"POST".equals(exchange.getRequestMethod())) {
        refuse(exchange, 405, "method " + exchange.getRequestMethod());
        return;
      }
      if (!expectedAuthorization.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
        refuse(exchange, 401, "credentials");
        return;
      }
      if (!"1.0.3".equals(exchange.getRequestHeaders().getFirst("X-Experience-API-Version"))) {
        refuse(exchange, 400, "version header");
        return;
      }
      JsonNode batch = JSON.readTree(body);
      List<String> ids = new ArrayList<>();
      batch.forEach(statement -> ids.add(statement.path("id").asString()));
      ids.forEach(id -> posted.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet());
      Failure failure = scripted(body);
      if (failure != null && !failure.storeFirst()) {
        reply(exchange, 500, "{\"error\":\"scripted outage\"}");
        return;
      }
      synchronized (stored) {
        if (ids.stream().anyMatch(stored::containsKey)) {
          reply(exchange, 409, "{\"error\":\"statement id already stored\"}");
          return;
        }
        batch.forEach(statement -> stored.put(statement.path("id").asString(), statement));
      }
      if (failure != null) {
        reply(exchange, 500, "{\"error\":\"scripted: stored, answer lost\"}");
        return;
      }
      reply(exchange, 200, JSON.writeValueAsString(ids));
    }
  }

  private Failure scripted(String body) {
    for (Failure failure : failures) {
      if (body.contains(failure.text()) && failure.left().getAndDecrement() > 0) {
        failed.incrementAndGet();
        return failure;
      }
    }
    return null;
  }

  private void refuse(HttpExchange exchange, int status, String why) throws IOException {
    refused.add(why);
    reply(exchange, status, "{\"error\":\"" + why + "\"}");
  }

  private static void reply(HttpExchange exchange, int status, String json) throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.getResponseHeaders().set("X-Experience-API-Version", "1.0.3");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
