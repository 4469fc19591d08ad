package com.firstline.platform.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.firstline.testing.LibertyNode;
import com.firstline.testing.ServerUnderTest;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The production image's server, started as the Dockerfile starts it: {@code
 * deploy/server-production.xml} as its server.xml, nothing in bootstrap.properties but its ports,
 * every setting from the environment, and {@code platform.mode} left unset (production is the
 * default). It runs on the integration-test database and is read as an operator would read it, from
 * its HTTP answers and its messages.log: first started without its two secrets, then, as an
 * operator would after reading the log, restarted with them.
 */
class ProductionStartIT {
  /** Liberty's "application started" and "application not started". */
  private static final String STARTED = "CWWKZ0001I";

  private static final String NOT_STARTED = "CWWKZ0012I";

  /** Liberty's "server is ready to run a smarter planet". */
  private static final String SERVER_READY = "CWWKF0011I";

  private static final Duration START = Duration.ofMinutes(3);
  private static final SecureRandom RANDOM = new SecureRandom();

  /** What the node without its secrets logged and answered. */
  private static List<String> refusedLog;

  private static Map<String, HttpResponse<String>> refusedAnswers;

  /** The same node, restarted with its secrets. */
  private static LibertyNode node;

  @BeforeAll
  static void startWithoutTheSecretsThenWithThem() {
    // The schema and content are the test server's: the node only reads them.
    ServerUnderTest.awaitReady();
    LibertyNode refused = productionNode().begin();
    try {
      refusedAnswers = new LinkedHashMap<>();
      String outcome = refused.awaitMessage(START, STARTED, NOT_STARTED);
      assertTrue(outcome.contains(NOT_STARTED), "the application must not start: " + outcome);
      // Liberty opens its ports once every application has started or failed.
      refused.awaitMessage(START, SERVER_READY);
      for (String path : List.of("/health/ready", "/health/started", "/", "/api/modules")) {
        refusedAnswers.put(path, refused.get(path));
      }
      refusedLog = refused.messages();
    } catch (RuntimeException | Error e) {
      refused.close();
      throw e;
    }
    node =
        refused.restartWith(
            Map.of(
                "PLATFORM_SESSION_SECRET", randomBase64(48),
                "LTI_KEY_ENCRYPTION_KEY", randomBase64(32)));
    node.awaitReady(START);
  }

  @AfterAll
  static void stop() {
    if (node != null) {
      node.close();
    }
  }

  @Test
  void withoutItsSecretsTheApplicationServesNothingAndTheLogNamesEachMissingSetting() {
    List<String> refusals =
        refusedLog.stream().filter(l -> l.contains("Firstline refuses to start: ")).toList();
    String log = String.join("\n", refusedLog);
    assertTrue(
        refusals.stream()
            .anyMatch(
                l ->
                    l.contains("platform.session-secret (PLATFORM_SESSION_SECRET) is not set.")
                        && l.contains("make one with `openssl rand -base64 48`")),
        "one line names the session secret and how to make one:\n" + log);
    assertTrue(
        refusals.stream()
            .anyMatch(
                l ->
                    l.contains("lti.key-encryption-key (LTI_KEY_ENCRYPTION_KEY) is not set.")
                        && l.contains("make one with `openssl rand -base64 32`")),
        "one line names the key-encryption key and how to make one:\n" + log);

    HttpResponse<String> ready = refusedAnswers.get("/health/ready");
    assertEquals(503, ready.statusCode(), "not ready: " + ready.body());
    HttpResponse<String> started = refusedAnswers.get("/health/started");
    assertEquals(503, started.statusCode(), "a startup probe fails: " + started.body());
    // Not Liberty's welcome page either, which would look like a server that works.
    HttpResponse<String> landing = refusedAnswers.get("/");
    assertEquals(404, landing.statusCode(), "no landing page: " + landing.body());
    assertFalse(landing.body().contains("Liberty"), landing.body());
    assertEquals(404, refusedAnswers.get("/api/modules").statusCode(), "no API");
  }

  @Test
  void withItsSecretsItIsReadyServesPagesAndLeavesOutTheDevelopmentParts() {
    List<String> log = node.messages();
    assertTrue(
        log.stream().anyMatch(l -> l.contains("Firstline runs in production mode")),
        node.tailOfLog());
    assertFalse(log.stream().anyMatch(l -> l.contains("refuses to start")), node.tailOfLog());
    String features = node.awaitMessage(Duration.ofSeconds(5), "CWWKF0012I");
    assertFalse(features.contains("localConnector"), "no local connector: " + features);

    HttpResponse<String> ready = node.get("/health/ready");
    assertEquals(200, ready.statusCode(), ready.body());
    assertTrue(ready.body().contains("\"UP\""), ready.body());
    HttpResponse<String> landing = node.get("/");
    assertEquals(200, landing.statusCode());
    assertTrue(landing.body().contains("<h1>Lead your team first"), landing.body());

    assertEquals(404, node.get("/dev-platform/status").statusCode(), "no development LMS");
    assertEquals(404, node.get("/lms/").statusCode(), "no development LMS course page");
    assertEquals(404, node.get("/dev/").statusCode(), "no development sign-in page");
    HttpResponse<String> devSignIn =
        LibertyNode.send(
            HttpRequest.newBuilder(node.uri("/api/dev/sign-in"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Eve\",\"role\":\"ADMIN\"}"))
                .build());
    assertEquals(404, devSignIn.statusCode(), "no development sign-in: " + devSignIn.body());
    assertNotEquals(200, node.get("/metrics").statusCode(), "metrics need their user");
  }

  /**
   * The node as the README's {@code docker run} line configures the image, without the two secrets:
   * the database (the integration tests'), the content folder and the metrics password.
   */
  private static LibertyNode.Launch productionNode() {
    Map<String, String> environment = new HashMap<>();
    environment.put(
        "DB_URL", System.getProperty("it.db.url") + "?useSSL=false&allowPublicKeyRetrieval=true");
    environment.put("CONTENT_DIR", System.getProperty("it.content.dir"));
    environment.put("PLATFORM_METRICS_PASSWORD", randomBase64(24));
    return LibertyNode.named("node-production")
        .serverXml(Path.of("deploy", "server-production.xml"))
        .withoutTestServerSettings()
        .environment(environment);
  }

  private static String randomBase64(int bytes) {
    byte[] random = new byte[bytes];
    RANDOM.nextBytes(random);
    return Base64.getEncoder().encodeToString(random);
  }
}
