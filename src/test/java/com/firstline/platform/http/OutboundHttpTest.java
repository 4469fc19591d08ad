package com.firstline.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The outbound client's rules, against a local server that answers slowly or too much. */
class OutboundHttpTest {
  private HttpServer server;
  private final AtomicInteger calls = new AtomicInteger();

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newCachedThreadPool());
    server.createContext(
        "/trickle",
        exchange -> {
          calls.incrementAndGet();
          exchange.sendResponseHeaders(200, 30);
          try (OutputStream out = exchange.getResponseBody()) {
            for (int i = 0; i < 30; i++) {
              out.write('x');
              out.flush();
              Thread.sleep(200);
            }
          } catch (IOException | InterruptedException hungUp) {
            // The client gave up, as it should.
          }
        });
    server.createContext(
        "/big",
        exchange -> {
          calls.incrementAndGet();
          byte[] body = "y".repeat(5000).getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    server.createContext(
        "/moved",
        exchange -> {
          calls.incrementAndGet();
          exchange.getResponseHeaders().add("Location", "/big");
          exchange.sendResponseHeaders(302, -1);
          exchange.close();
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private HttpRequest get(String path) {
    return HttpRequest.newBuilder(
            java.net.URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path))
        .GET()
        .build();
  }

  @Test
  void aBodyThatTricklesIsCutAtTheCallsDeadline() {
    OutboundHttp http = OutboundHttp.of(Duration.ofSeconds(1), 1 << 20);
    long started = System.nanoTime();
    assertThrows(OutboundHttp.Unreachable.class, () -> http.send(get("/trickle"), "GET trickle"));
    long tookMillis = (System.nanoTime() - started) / 1_000_000;
    assertTrue(tookMillis < 3_000, "ended at the 1 s deadline, not after 6 s: " + tookMillis);
  }

  @Test
  void withinABlockNoCallRunsPastTheBlocksDeadline() {
    OutboundHttp http = OutboundHttp.of(Duration.ofSeconds(20), 1 << 20);
    long started = System.nanoTime();
    assertThrows(
        OutboundHttp.Unreachable.class,
        () ->
            http.withDeadline(
                Instant.now().plusMillis(500), () -> http.send(get("/trickle"), "GET trickle")));
    long tookMillis = (System.nanoTime() - started) / 1_000_000;
    assertTrue(tookMillis < 2_500, "ended at the block's deadline: " + tookMillis);

    int before = calls.get();
    assertThrows(
        OutboundHttp.Unreachable.class,
        () -> http.withDeadline(Instant.now().minusSeconds(1), () -> http.send(get("/big"), "x")));
    assertEquals(before, calls.get(), "a call whose time is used up is not even started");
  }

  @Test
  void anAnswerOverTheSizeLimitFails() {
    OutboundHttp http = OutboundHttp.of(Duration.ofSeconds(5), 1000);
    OutboundHttp.Unreachable failed =
        assertThrows(OutboundHttp.Unreachable.class, () -> http.send(get("/big"), "GET big"));
    assertTrue(failed.getMessage().contains("larger than 1000 bytes"), failed.getMessage());
  }

  @Test
  void redirectsAreFollowedOnlyWhenAsked() {
    OutboundHttp http = OutboundHttp.of(Duration.ofSeconds(5), 1 << 20);
    assertEquals(302, http.send(get("/moved"), "GET moved").status());
    assertEquals(
        200, http.send(get("/moved"), "GET moved", OutboundHttp.Redirects.FOLLOW).status());
  }
}
