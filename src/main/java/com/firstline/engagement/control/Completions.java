package com.firstline.engagement.control;

import com.firstline.engagement.control.EngagementStore.CompletionRow;
import com.firstline.engagement.org.ManagerKey;
import com.firstline.engagement.org.Matching;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every completion, found by manager: through the LMS person matched to the manager, and through
 * imported rows carrying the manager's employee id or email.
 */
final class Completions {
  private final Map<Long, List<CompletionRow>> byPerson = new HashMap<>();
  private final Map<String, List<CompletionRow>> byEmployeeId = new HashMap<>();
  private final Map<String, List<CompletionRow>> byEmail = new HashMap<>();
  private final Matching matching;
  private final Set<String> programModules;

  Completions(List<CompletionRow> rows, Matching matching, Set<String> programModules) {
    this.matching = matching;
    this.programModules = programModules;
    for (CompletionRow row : rows) {
      if (row.personId() != null) {
        byPerson.computeIfAbsent(row.personId(), k -> new ArrayList<>()).add(row);
      }
      if (row.employeeId() != null) {
        byEmployeeId.computeIfAbsent(row.employeeId(), k -> new ArrayList<>()).add(row);
      }
      if (row.email() != null) {
        byEmail.computeIfAbsent(row.email(), k -> new ArrayList<>()).add(row);
      }
    }
  }

  /** Every completion, with the people and hand-made links that match managers to them. */
  static Completions load(EngagementStore store, EngagementSettings settings) {
    return new Completions(
        store.completions(),
        new Matching(store.people(), store.links()),
        settings.programModules());
  }

  /** A manager's completions, oldest first. */
  List<CompletionRow> of(String managerKey, String email) {
    List<CompletionRow> rows = new ArrayList<>();
    Matching.Match match = matching.match(managerKey, email);
    if (match.personId() != null) {
      rows.addAll(byPerson.getOrDefault(match.personId(), List.of()));
    }
    String employeeId = ManagerKey.employeeId(managerKey);
    if (employeeId != null) {
      rows.addAll(byEmployeeId.getOrDefault(employeeId, List.of()));
    }
    String mail = employeeId == null ? ManagerKey.email(managerKey) : email;
    if (mail != null) {
      byEmail.getOrDefault(mail, List.of()).stream()
          .filter(r -> !rows.contains(r))
          .forEach(rows::add);
    }
    rows.sort(java.util.Comparator.comparing(CompletionRow::completedAt));
    return rows;
  }

  /** The LMS person matched to a manager, or null (none, or ambiguous). */
  Long personOf(String managerKey, String email) {
    return matching.match(managerKey, email).personId();
  }

  /** When the manager completed the program (first pass of a program module), or null. */
  Instant programCompletedAt(String managerKey, String email) {
    return of(managerKey, email).stream()
        .filter(CompletionRow::passed)
        .filter(r -> programModules.isEmpty() || programModules.contains(r.moduleId()))
        .map(CompletionRow::completedAt)
        .findFirst()
        .orElse(null);
  }
}
