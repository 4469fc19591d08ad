package com.firstline.lti.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.firstline.platform.http.OutboundHttp;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every launch that needs a platform's keys waits on one fetch, so a platform that sends its
 * headers and then trickles (or never finishes) its JWKS must not hold them past the deadline.
 */
class HttpJwksFetcherTest {
  private static final String JWKS = "{\"keys\":[]}";

  private final CountDownLatch released = new CountDownLatch(1);
  private HttpServer platform;

  @BeforeEach
  void startPlatform() throws IOException {
    platform = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    platform.createContext(
        "/jwks",
        exchange -> {
          byte[] body = JWKS.getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body, 0, 3);
            out.flush();
            released.await(10, TimeUnit.SECONDS);
            out.write(body, 3, body.length - 3);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });
    platform.createContext(
        "/ok",
        exchange -> {
          byte[] body = JWKS.getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    platform.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
    platform.start();
  }

  @AfterEach
  void stopPlatform() {
    released.countDown();
    platform.stop(0);
  }

  private URI url(String path) {
    return URI.create("http://127.0.0.1:" + platform.getAddress().getPort() + path);
  }

  @Test
  void aBodyThatDoesNotFinishFailsAtTheDeadline() {
    HttpJwksFetcher fetcher =
        new HttpJwksFetcher(
            OutboundHttp.of(Duration.ofSeconds(20), 1 << 20),
            Duration.ofMillis(500),
            Clock.systemUTC());
    long started = System.nanoTime();
    IOException failed = assertThrows(IOException.class, () -> fetcher.fetch(url("/jwks")));
    long tookMillis = (System.nanoTime() - started) / 1_000_000;
    assertTrue(failed.getMessage().contains("no complete answer within"), failed.getMessage());
    assertTrue(tookMillis < 5_000, "released at the deadline, not when the platform finished");
  }

  @Test
  void aCompleteAnswerIsRead() throws IOException {
    assertEquals(
        JWKS,
        new HttpJwksFetcher(
                OutboundHttp.of(Duration.ofSeconds(20), 1 << 20),
                Duration.ofSeconds(5),
                Clock.systemUTC())
            .fetch(url("/ok")));
  }
}
