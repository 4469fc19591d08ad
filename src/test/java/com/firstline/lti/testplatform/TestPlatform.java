package com.firstline.lti.testplatform;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A test LMS: RSA keys of its own, its JWKS served by the JDK's HTTP server on a free localhost
 * port, and id_tokens signed with its current key. Each instance has its own issuer, so tests never
 * see each other's registrations. Close it to stop the server.
 */
public final class TestPlatform implements AutoCloseable {
  private final HttpServer server;
  private final String issuer;
  private final List<RSAKey> published = new CopyOnWriteArrayList<>();
  private final AtomicInteger jwksRequests = new AtomicInteger();
  private volatile RSAKey current;

  private TestPlatform(String name) {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext(
        "/jwks",
        exchange -> {
          jwksRequests.incrementAndGet();
          byte[] body = jwks().getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    server.start();
    issuer = base() + "/" + name + "-" + UUID.randomUUID();
    current = IdTokens.newKey();
    published.add(current);
  }

  public static TestPlatform start(String name) {
    return new TestPlatform(name);
  }

  private String base() {
    return "http://localhost:" + server.getAddress().getPort();
  }

  public String issuer() {
    return issuer;
  }

  public String jwksUrl() {
    return base() + "/jwks";
  }

  public String authUrl() {
    return base() + "/auth";
  }

  public String tokenUrl() {
    return base() + "/token";
  }

  /** The public keys, as the JWKS endpoint serves them (without alg, as Brightspace does). */
  public String jwks() {
    List<JWK> keys = published.stream().map(k -> (JWK) k.toPublicJWK()).toList();
    return new JWKSet(keys).toString(true);
  }

  public RSAKey currentKey() {
    return current;
  }

  /** A new signing key; the old one stays published, as a careful platform would do. */
  public RSAKey rotateKey() {
    current = IdTokens.newKey();
    published.add(0, current);
    return current;
  }

  public int jwksRequests() {
    return jwksRequests.get();
  }

  /** A valid learner launch from this platform for a login's nonce. */
  public IdTokens idToken(String clientId, String deploymentId, String nonce) {
    return IdTokens.valid(current, issuer, clientId, deploymentId, nonce);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
