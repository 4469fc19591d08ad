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

import com.firstline.platform.nodes.NodesLms.Session;
import com.firstline.testing.LibertyNode;
import com.firstline.testing.ServerUnderTest;
import com.firstline.testing.TestDatabase;
import com.firstline.tracking.TrackingFlow;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A node killed with {@code kill -9} in the middle of a load spread over two nodes: whatever either
 * node acknowledged (a 2xx to a step or a completion) is in the database and readable from the node
 * that survived, and every completion's score still reaches the LMS. Managers whose node died under
 * them go on at the other node, as a load balancer would send them, from where the attempt really
 * is.
 */
class NodeKillIT {
  private static final int MANAGERS = 6;
  private static final int ROUNDS = 3;

  /** A step or completion a node answered with 2xx. */
  private record Acknowledged(long attemptId, int step, String choiceId, boolean completed) {}

  @Test
  void aNodeKilledMidLoadLosesNoAcknowledgedStepOrCompletion() throws Exception {
    ServerUnderTest.awaitReady();
    String survivor = ServerUnderTest.baseUrl();
    LibertyNode victim = LibertyNode.start("node-killed", Map.of());
    try (NodesLms lms = new NodesLms("nodes-kill", survivor)) {
      List<Acknowledged> acknowledged = new CopyOnWriteArrayList<>();
      AtomicInteger stepsAcknowledged = new AtomicInteger();
      Set<String> failedAtVictim = ConcurrentHashMap.newKeySet();
      ExecutorService people = Executors.newFixedThreadPool(MANAGERS);
      List<Future<Map<Long, String>>> results = new ArrayList<>();
      for (int i = 0; i < MANAGERS; i++) {
        int person = i;
        results.add(
            people.submit(
                () ->
                    play(
                        lms,
                        person,
                        survivor,
                        victim.baseUrl(),
                        acknowledged,
                        stepsAcknowledged,
                        failedAtVictim)));
      }
      TrackingFlow.await(
          "load under way on both nodes",
          () ->
              stepsAcknowledged.get() >= MANAGERS * 8 || results.stream().allMatch(Future::isDone));
      victim.kill();
      long killedAfter = stepsAcknowledged.get();

      Map<Long, String> tokenOfAttempt = new ConcurrentHashMap<>();
      for (Future<Map<Long, String>> result : results) {
        tokenOfAttempt.putAll(result.get());
      }
      people.shutdown();
      assertTrue(stepsAcknowledged.get() > killedAfter, "the load went on at the surviving node");
      assertTrue(!failedAtVictim.isEmpty(), "some calls met the killed node");

      for (Acknowledged ack : acknowledged) {
        if (ack.completed()) {
          assertEquals(
              "COMPLETED",
              TestDatabase.text("SELECT status FROM attempt WHERE id = ?", ack.attemptId()),
              "attempt " + ack.attemptId());
          assertEquals(
              1,
              TestDatabase.count(
                  "SELECT COUNT(*) FROM tracking_delivery WHERE attempt_id = ?", ack.attemptId()),
              "its score is queued: attempt " + ack.attemptId());
        } else {
          assertEquals(
              ack.choiceId(),
              TestDatabase.text(
                  "SELECT choice_id FROM attempt_step WHERE attempt_id = ? AND step_no = ?",
                  ack.attemptId(),
                  ack.step()),
              "acknowledged step " + ack.step() + " of attempt " + ack.attemptId());
        }
      }
      // The survivor reads every attempt at least as far as its last acknowledged step.
      Map<Long, Integer> furthest =
          acknowledged.stream()
              .collect(Collectors.toMap(Acknowledged::attemptId, k -> k.step() + 1, Math::max));
      furthest.forEach(
          (attemptId, steps) -> {
            HttpResponse<String> read =
                call(
                    survivor,
                    tokenOfAttempt.get(attemptId),
                    "GET",
                    "/api/attempts/" + attemptId,
                    null);
            assertEquals(200, read.statusCode(), read.body());
            assertTrue(stepOf(parse(read.body())) >= steps, "attempt " + attemptId + ": " + read);
          });

      // Every round ended. A completion the killed node committed but could not answer is not
      // acknowledged; the manager saw it ended when the survivor read the attempt. So rounds are
      // counted from the database; every acknowledged completion was checked above.
      Set<Long> completions =
          tokenOfAttempt.keySet().stream()
              .filter(
                  id ->
                      "COMPLETED"
                          .equals(TestDatabase.text("SELECT status FROM attempt WHERE id = ?", id)))
              .collect(Collectors.toSet());
      assertEquals(MANAGERS * ROUNDS, completions.size(), "every round was completed");
      // Scores the killed node had claimed are taken over once its claims run out.
      TrackingFlow.await(
          "a score at the LMS for every completion",
          () ->
              TestDatabase.count(
                      "SELECT COUNT(*) FROM tracking_delivery WHERE context_id = ? AND status = ?",
                      lms.course,
                      "DELIVERED")
                  == completions.size());
      Set<String> scoredPeople =
          lms.services.scores(lms.course).stream()
              .map(s -> parse(s.json()).path("userId").asString())
              .collect(Collectors.toSet());
      assertEquals(completions.size(), scoredPeople.size(), "every completion's score arrived");
    } finally {
      victim.close();
    }
  }

  /**
   * One manager's rounds: launch, then play to the end, every other call to the node that will be
   * killed. A call that fails there is not acknowledged; the manager goes on at the survivor from
   * the attempt as the survivor reads it. Answers each attempt's session token.
   */
  private static Map<Long, String> play(
      NodesLms lms,
      int person,
      String survivor,
      String victim,
      List<Acknowledged> acknowledged,
      AtomicInteger stepsAcknowledged,
      Set<String> failedAtVictim) {
    Map<Long, String> tokens = new ConcurrentHashMap<>();
    boolean victimUp = true;
    for (int round = 0; round < ROUNDS; round++) {
      Session manager;
      try {
        manager = victimUp ? lms.launch(survivor, victim) : lms.launch(survivor, survivor);
      } catch (UncheckedIOException down) {
        failedAtVictim.add("launch of manager " + person);
        victimUp = false;
        manager = lms.launch(survivor, survivor);
      }
      JsonNode attempt = json(startAttempt(survivor, manager));
      long id = attempt.path("id").asLong();
      tokens.put(id, manager.token());
      for (int call = 0; inProgress(attempt); call++) {
        assertTrue(call < 200, "the module should end");
        String node = victimUp && call % 2 == 0 ? victim : survivor;
        int step = stepOf(attempt);
        String choice = NodesLms.firstChoice(attempt);
        HttpResponse<String> answer;
        try {
          answer = chooseFirst(node, manager, attempt);
        } catch (UncheckedIOException down) {
          failedAtVictim.add("step " + step + " of attempt " + id);
          victimUp = false;
          HttpResponse<String> now =
              call(survivor, manager.token(), "GET", "/api/attempts/" + id, null);
          assertEquals(200, now.statusCode(), now.body());
          attempt = json(now);
          continue;
        }
        assertEquals(
            200, answer.statusCode(), "step " + step + " at " + node + ": " + answer.body());
        attempt = json(answer);
        acknowledged.add(new Acknowledged(id, step, choice, false));
        stepsAcknowledged.incrementAndGet();
        if (!inProgress(attempt)) {
          acknowledged.add(new Acknowledged(id, step, choice, true));
        }
      }
    }
    return tokens;
  }
}
