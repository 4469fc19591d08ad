package com.firstline.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/**
 * A web site on 127.0.0.1, another origin and another site than the server under test on localhost:
 * an LMS that frames Firstline, or a stranger that tries to. Pages are HTML made when asked.
 */
public final class OtherOrigin implements AutoCloseable {
  private final HttpServer server;

  private OtherOrigin(HttpServer server) {
    this.server = server;
  }

  public static OtherOrigin start() {
    try {
      HttpServer server =
          HttpServer.create(
              new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), 0), 0);
      server.start();
      return new OtherOrigin(server);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Serves at {@code path} (and below it) the page {@code html} makes of each request. */
  public OtherOrigin page(String path, Function<HttpExchange, String> html) {
    server.createContext(path, exchange -> answer(exchange, html.apply(exchange)));
    return this;
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private static void answer(HttpExchange exchange, String html) throws IOException {
    byte[] page = html.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
    exchange.sendResponseHeaders(200, page.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(page);
    }
  }
}
