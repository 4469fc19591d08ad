package com.firstline.lti.dynamicregistration;

import com.firstline.lti.testplatform.IdTokens;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * A test LMS that supports dynamic registration: it serves its OpenID configuration under its
 * issuer, a registration endpoint that insists on the registration token and records what tools
 * POST, and its JWKS, so that the registration it grants can launch with id_tokens it signs.
 */
final class RegisteringPlatform implements AutoCloseable {
  static final String DEPLOYMENT_ID = "dr-deployment-1";
  private static final ObjectMapper JSON = JsonMapper.builder().build();

  private final HttpServer server;
  private final String issuer;
  private final String registrationToken = "reg-token-" + UUID.randomUUID();
  private final String clientId = "dr-client-" + UUID.randomUUID();
  private final RSAKey key = IdTokens.newKey();
  private final AtomicInteger configurationRequests = new AtomicInteger();
  private final List<String> registrations = new CopyOnWriteArrayList<>();

  RegisteringPlatform() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String path = "/platform-" + UUID.randomUUID();
    issuer = "http://localhost:" + server.getAddress().getPort() + path;
    server.createContext(path + "/.well-known/openid-configuration", this::configuration);
    server.createContext(path + "/register", this::register);
    server.createContext(
        path + "/jwks",
        exchange -> answer(exchange, 200, new JWKSet(key.toPublicJWK()).toString(true)));
    server.start();
  }

  String issuer() {
    return issuer;
  }

  String configurationUrl() {
    return issuer + "/.well-known/openid-configuration";
  }

  String registrationToken() {
    return registrationToken;
  }

  String clientId() {
    return clientId;
  }

  int configurationRequests() {
    return configurationRequests.get();
  }

  /** The bodies tools POSTed with the right token, in order. */
  List<String> registrations() {
    return List.copyOf(registrations);
  }

  /** A learner launch of the registered client, for a login's nonce. */
  IdTokens idToken(String nonce) {
    return IdTokens.valid(key, issuer, clientId, DEPLOYMENT_ID, nonce);
  }

  private void configuration(HttpExchange exchange) throws IOException {
    configurationRequests.incrementAndGet();
    Map<String, Object> configuration =
        Map.of(
            "issuer",
            issuer,
            "authorization_endpoint",
            issuer + "/auth",
            "token_endpoint",
            issuer + "/token",
            "jwks_uri",
            issuer + "/jwks",
            "registration_endpoint",
            issuer + "/register",
            "token_endpoint_auth_methods_supported",
            List.of("private_key_jwt"),
            "id_token_signing_alg_values_supported",
            List.of("RS256"),
            "https://purl.imsglobal.org/spec/lti-platform-configuration",
            Map.of("product_family_code", "firstline-test", "version", "1"));
    answer(exchange, 200, JSON.writeValueAsString(configuration));
  }

  private void register(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    if (!("Bearer " + registrationToken)
        .equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
      answer(exchange, 401, "{\"error\":\"invalid_token\"}");
      return;
    }
    registrations.add(body);
    Map<String, Object> granted =
        Map.of(
            "client_id",
            clientId,
            "https://purl.imsglobal.org/spec/lti-tool-configuration",
            Map.of("deployment_id", DEPLOYMENT_ID));
    answer(exchange, 200, JSON.writeValueAsString(granted));
  }

  private static void answer(HttpExchange exchange, int status, String json) throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
