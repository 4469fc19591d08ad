package com.firstline.platform.nodes;

import static com.firstline.platform.nodes.NodesLms.call;
import static com.firstline.platform.nodes.NodesLms.chooseFirst;
import static com.firstline.platform.nodes.NodesLms.inProgress;
import static com.firstline.platform.nodes.NodesLms.json;
import static com.firstline.platform.nodes.NodesLms.parse;
import static com.firstline.platform.nodes.NodesLms.startAttempt;
import static com.firstline.platform.nodes.NodesLms.stepOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.firstline.lti.launch.Rule;
import com.firstline.lti.testplatform.PlatformServices.ReceivedScore;
import com.firstline.platform.identity.Caller;
import com.firstline.platform.identity.Role;
import com.firstline.platform.identity.SessionTokens;
import com.firstline.platform.nodes.NodesLms.Login;
import com.firstline.platform.nodes.NodesLms.Session;
import com.firstline.testing.LibertyNode;
import com.firstline.testing.ServerUnderTest;
import com.firstline.testing.TestDatabase;
import com.firstline.tracking.TrackingFlow;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Two nodes on one database: the integration-test server (node A) and a second server started from
 * the same build on other ports (node B), sharing the session secret and the database and nothing
 * else. Whatever a load balancer does with a person's requests, each one is served.
 */
class MultiNodeIT {
  private static LibertyNode nodeB;
  private static String a;
  private static String b;

  @BeforeAll
  static void startSecondNode() {
    ServerUnderTest.awaitReady();
    a = ServerUnderTest.baseUrl();
    nodeB = LibertyNode.start("node-b", java.util.Map.of());
    b = nodeB.baseUrl();
  }

  @AfterAll
  static void stopSecondNode() {
    if (nodeB != null) {
      nodeB.close();
    }
  }

  @Test
  void aLoginAnsweredByOneNodeIsLaunchedByTheOtherAndItsStateServesOnce() {
    try (NodesLms lms = new NodesLms("nodes-login", a)) {
      Login atA = lms.login(a);
      String idToken = lms.learnerToken(atA).serialize();
      HttpResponse<String> launchedAtB = NodesLms.postLaunch(b, idToken, atA.state());
      assertEquals(302, launchedAtB.statusCode(), launchedAtB.body());
      assertTrue(
          launchedAtB.headers().firstValue("Location").orElseThrow().contains("#session="),
          "node B opened a session for node A's login");

      HttpResponse<String> replayedAtA = NodesLms.postLaunch(a, idToken, atA.state());
      assertEquals(401, replayedAtA.statusCode(), "node A knows node B used the login");
      assertEquals(
          Rule.STATE.type(), json(replayedAtA).path("type").asString(), replayedAtA.body());

      Session theOtherWay = lms.launch(b, a);
      assertEquals(200, startAttempt(b, theOtherWay).statusCode());
    }
  }

  @Test
  void aSessionOpenedOnEitherNodeWorksOnBothAndAForeignOneOnNeither() {
    try (NodesLms lms = new NodesLms("nodes-sessions", a)) {
      Session fromA = lms.launch(a, a);
      Session fromB = lms.launch(b, b);
      JsonNode started = json(startAttempt(a, fromB));
      long id = started.path("id").asLong();
      assertEquals(200, call(b, fromB.token(), "GET", "/api/attempts/" + id, null).statusCode());
      assertEquals(200, call(a, fromB.token(), "GET", "/api/attempts/" + id, null).statusCode());
      long other = json(startAttempt(b, fromA)).path("id").asLong();
      assertEquals(200, call(a, fromA.token(), "GET", "/api/attempts/" + other, null).statusCode());

      // The same claims signed with another secret: each node checks the signature itself.
      String forged =
          new SessionTokens(
                  "a-secret-that-no-node-of-this-installation-knows-7f3",
                  Duration.ofMinutes(5),
                  Clock.systemUTC())
              .issue(new Caller(1L, Set.of(Role.MANAGER), null, null));
      assertEquals(401, call(a, forged, "GET", "/api/attempts/" + id, null).statusCode());
      assertEquals(401, call(b, forged, "GET", "/api/attempts/" + id, null).statusCode());
    }
  }

  @Test
  void aManagersStepsAlternateBetweenNodesAndBothSeeTheSameAttempt() {
    try (NodesLms lms = new NodesLms("nodes-steps", a)) {
      Session manager = lms.launch(a, b);
      HttpResponse<String> created = startAttempt(a, manager);
      assertEquals(200, created.statusCode(), created.body());
      JsonNode attempt = json(created);
      long id = attempt.path("id").asLong();
      List<String> chosen = new ArrayList<>();
      for (int step = 0; inProgress(attempt); step++) {
        assertTrue(step < 60, "the module should end");
        assertEquals(step, stepOf(attempt));
        String node = step % 2 == 0 ? b : a;
        chosen.add(NodesLms.firstChoice(attempt));
        HttpResponse<String> answer = chooseFirst(node, manager, attempt);
        assertEquals(200, answer.statusCode(), "step " + step + " at " + node + ": " + answer);
        attempt = json(answer);
      }
      assertTrue(chosen.size() >= 2, "steps went to both nodes");
      assertEquals("COMPLETED", attempt.path("status").asString(), attempt.toString());

      String atA = call(a, manager.token(), "GET", "/api/attempts/" + id, null).body();
      String atB = call(b, manager.token(), "GET", "/api/attempts/" + id, null).body();
      assertEquals(parse(atA), parse(atB), "both nodes read the same attempt");
      assertEquals(
          chosen,
          TestDatabase.texts(
              "SELECT choice_id FROM attempt_step WHERE attempt_id = ? ORDER BY step_no", id));
    }
  }

  @Test
  void bothNodesDrainTheGradeOutboxAndNoScoreIsPostedTwice() throws Exception {
    int managers = 12;
    try (NodesLms lms = new NodesLms("nodes-outbox", a)) {
      // A slow gradebook: each node holds only so many deliveries at once, so the other node must
      // take some of the queue.
      lms.services.delayScores(Duration.ofMillis(800));
      Set<String> claimers = ConcurrentHashMap.newKeySet();
      AtomicBoolean watching = new AtomicBoolean(true);
      Thread watcher =
          new Thread(
              () -> {
                while (watching.get()) {
                  claimers.addAll(
                      TestDatabase.texts(
                          "SELECT claimed_by FROM tracking_delivery"
                              + " WHERE context_id = ? AND claimed_by IS NOT NULL",
                          lms.course));
                  LibertyNode.sleep(Duration.ofMillis(50));
                }
              });
      watcher.start();
      ExecutorService people = Executors.newFixedThreadPool(4);
      List<Future<String>> completed = new ArrayList<>();
      try {
        for (int i = 0; i < managers; i++) {
          boolean startAtA = i % 2 == 0;
          completed.add(
              people.submit(
                  () -> {
                    Session manager = lms.launch(startAtA ? a : b, startAtA ? b : a);
                    JsonNode attempt = json(startAttempt(startAtA ? a : b, manager));
                    for (int step = 0; inProgress(attempt); step++) {
                      HttpResponse<String> answer =
                          chooseFirst(step % 2 == 0 ? a : b, manager, attempt);
                      assertEquals(200, answer.statusCode(), answer.body());
                      attempt = json(answer);
                    }
                    return manager.subject();
                  }));
        }
        Set<String> subjects = ConcurrentHashMap.newKeySet();
        for (Future<String> done : completed) {
          subjects.add(done.get());
        }
        TrackingFlow.await(
            "every score at the LMS", () -> lms.services.scores(lms.course).size() >= managers);
        // Time for a double post to show, were there one: a poll of each node and a delivery.
        LibertyNode.sleep(Duration.ofSeconds(2));

        List<ReceivedScore> scores = lms.services.scores(lms.course);
        Set<String> scored =
            scores.stream()
                .map(s -> parse(s.json()).path("userId").asString())
                .collect(Collectors.toSet());
        assertEquals(managers, scores.size(), "one post per completion: " + scored);
        assertEquals(subjects, scored);
        assertEquals(managers, lms.services.scoreRequestTimes().size(), "no post was repeated");
        assertEquals(
            managers,
            TestDatabase.count(
                "SELECT COUNT(*) FROM tracking_delivery WHERE context_id = ? AND status = ?"
                    + " AND tries = 1",
                lms.course,
                "DELIVERED"));
      } finally {
        watching.set(false);
        watcher.join();
        people.shutdownNow();
      }
      assertEquals(2, claimers.size(), "scores were claimed by both nodes: " + claimers);
    }
  }
}
