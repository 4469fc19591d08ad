package com.firstline.bench;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Latencies per named step (login, launch, choice, ...), and failures, across all workers. */
final class Steps {
  private final Map<String, Samples> samples = new ConcurrentHashMap<>();
  private final Map<String, AtomicLong> failures = new ConcurrentHashMap<>();

  void add(String step, long nanos) {
    samples.computeIfAbsent(step, s -> new Samples()).add(nanos);
  }

  void fail(String step) {
    failures.computeIfAbsent(step, s -> new AtomicLong()).incrementAndGet();
  }

  long count(String step) {
    Samples s = samples.get(step);
    return s == null ? 0 : s.size();
  }

  long failures() {
    return failures.values().stream().mapToLong(AtomicLong::get).sum();
  }

  /** One line per step: count, rate, p50 / p95 / p99 / max in milliseconds, failures. */
  String report(double seconds) {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            "%-14s %8s %9s %9s %9s %9s %9s %7s%n",
            "step", "count", "per s", "p50 ms", "p95 ms", "p99 ms", "max ms", "failed"));
    samples.keySet().stream()
        .sorted()
        .forEach(
            step -> {
              long[] sorted = samples.get(step).sorted();
              out.append(
                  String.format(
                      "%-14s %8d %9.1f %9.2f %9.2f %9.2f %9.2f %7d%n",
                      step,
                      sorted.length,
                      sorted.length / seconds,
                      percentile(sorted, 0.50),
                      percentile(sorted, 0.95),
                      percentile(sorted, 0.99),
                      sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6,
                      failures.getOrDefault(step, new AtomicLong()).get()));
            });
    failures.forEach(
        (step, n) -> {
          if (!samples.containsKey(step)) {
            out.append(String.format("%-14s failed %d%n", step, n.get()));
          }
        });
    return out.toString();
  }

  static double percentile(long[] sorted, double p) {
    return sorted.length == 0
        ? 0
        : sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] / 1e6;
  }

  /** Nanosecond samples of one step; grows as needed. */
  private static final class Samples {
    private long[] values = new long[4096];
    private int size;

    synchronized void add(long nanos) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = nanos;
    }

    synchronized int size() {
      return size;
    }

    synchronized long[] sorted() {
      long[] copy = Arrays.copyOf(values, size);
      Arrays.sort(copy);
      return copy;
    }
  }
}
