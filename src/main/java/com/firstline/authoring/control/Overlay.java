package com.firstline.authoring.control;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * How learners went through a module: for each node, how many attempts reached it, how many stopped
 * there without an ending, the median time spent before leaving it, how often each choice was taken
 * and how often each ending was reached and passed. A group smaller than the minimum shows no
 * figures, so that no single manager's path can be read off. Pure: rows in, figures out.
 */
public final class Overlay {

  /** One attempt, as stored by the player. */
  public record AttemptRow(
      long attemptId, String status, String currentNode, Instant startedAt, Boolean passed) {}

  /** One step of an attempt, as stored by the player. */
  public record StepRow(
      long attemptId,
      int stepNo,
      String kind,
      String nodeId,
      String choiceId,
      String toNode,
      Instant takenAt) {}

  /**
   * Figures for one node; every figure is null when the group is too small to show.
   *
   * @param stopped attempts whose last position is this node and that never reached an ending
   * @param medianSeconds median time from arriving at the node to leaving it
   * @param endedHere completed attempts that finished on this ending
   * @param passedHere of those, the ones that passed
   */
  public record NodeFigures(
      String nodeId,
      Integer reached,
      Integer stopped,
      Long medianSeconds,
      Integer endedHere,
      Integer passedHere,
      List<ChoiceFigures> choices) {}

  /** How often a choice was taken at its scene; null figures when the scene's group is small. */
  public record ChoiceFigures(String choiceId, Integer taken, Integer percent) {}

  /**
   * The whole picture.
   *
   * @param shown false when fewer attempts than the minimum match: then no node has figures
   */
  public record Figures(int attempts, boolean shown, int minGroupSize, List<NodeFigures> nodes) {}

  private Overlay() {}

  public static Figures of(List<AttemptRow> attempts, List<StepRow> steps, int minGroupSize) {
    Map<Long, List<StepRow>> stepsByAttempt = new HashMap<>();
    steps.stream()
        .sorted(Comparator.comparingLong(StepRow::attemptId).thenComparingInt(StepRow::stepNo))
        .forEach(s -> stepsByAttempt.computeIfAbsent(s.attemptId(), k -> new ArrayList<>()).add(s));
    Map<String, Set<Long>> reached = new TreeMap<>();
    Map<String, Integer> stopped = new HashMap<>();
    Map<String, Integer> ended = new HashMap<>();
    Map<String, Integer> passed = new HashMap<>();
    Map<String, List<Long>> seconds = new HashMap<>();
    Map<String, Map<String, Integer>> taken = new HashMap<>();
    for (AttemptRow attempt : attempts) {
      List<StepRow> own = stepsByAttempt.getOrDefault(attempt.attemptId(), List.of());
      Instant arrived = attempt.startedAt();
      for (StepRow step : own) {
        reach(reached, step.nodeId(), attempt);
        reach(reached, step.toNode(), attempt);
        seconds
            .computeIfAbsent(step.nodeId(), k -> new ArrayList<>())
            .add(Math.max(0, Duration.between(arrived, step.takenAt()).toSeconds()));
        arrived = step.takenAt();
        if ("CHOICE".equals(step.kind()) && step.choiceId() != null) {
          taken
              .computeIfAbsent(step.nodeId(), k -> new LinkedHashMap<>())
              .merge(step.choiceId(), 1, Integer::sum);
        }
      }
      reach(reached, attempt.currentNode(), attempt);
      if ("COMPLETED".equals(attempt.status())) {
        ended.merge(attempt.currentNode(), 1, Integer::sum);
        if (Boolean.TRUE.equals(attempt.passed())) {
          passed.merge(attempt.currentNode(), 1, Integer::sum);
        }
      } else {
        stopped.merge(attempt.currentNode(), 1, Integer::sum);
      }
    }
    boolean shown = attempts.size() >= minGroupSize;
    List<NodeFigures> nodes = new ArrayList<>();
    if (shown) {
      for (Map.Entry<String, Set<Long>> entry : reached.entrySet()) {
        String node = entry.getKey();
        int count = entry.getValue().size();
        nodes.add(
            count < minGroupSize
                ? new NodeFigures(node, null, null, null, null, null, List.of())
                : new NodeFigures(
                    node,
                    count,
                    stopped.getOrDefault(node, 0),
                    median(seconds.get(node)),
                    ended.getOrDefault(node, 0),
                    passed.getOrDefault(node, 0),
                    choices(taken.getOrDefault(node, Map.of()), minGroupSize)));
      }
    }
    return new Figures(attempts.size(), shown, minGroupSize, nodes);
  }

  private static void reach(Map<String, Set<Long>> reached, String node, AttemptRow attempt) {
    reached.computeIfAbsent(node, k -> new HashSet<>()).add(attempt.attemptId());
  }

  private static List<ChoiceFigures> choices(Map<String, Integer> taken, int minGroupSize) {
    int total = taken.values().stream().mapToInt(Integer::intValue).sum();
    return taken.entrySet().stream()
        .map(
            e ->
                total < minGroupSize
                    ? new ChoiceFigures(e.getKey(), null, null)
                    : new ChoiceFigures(
                        e.getKey(), e.getValue(), (int) Math.round(100.0 * e.getValue() / total)))
        .toList();
  }

  private static Long median(List<Long> values) {
    if (values == null || values.isEmpty()) {
      return null;
    }
    List<Long> sorted = values.stream().sorted().toList();
    int middle = sorted.size() / 2;
    return sorted.size() % 2 == 1
        ? sorted.get(middle)
        : Math.round((sorted.get(middle - 1) + sorted.get(middle)) / 2.0);
  }
}
