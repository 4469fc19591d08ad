package com.firstline.engagement.org;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Matches managers to LMS people. A link made by hand wins; then the employee id (the launch's
 * {@code employee_id} custom parameter, or {@code lis.person_sourcedid}); then the email, compared
 * without regard to case. Two or more people matching one manager is ambiguous and links nobody
 * until an admin decides.
 */
public final class Matching {
  /** An LMS person as matching sees them. */
  public record Person(
      long id, String displayName, String email, String employeeId, String sourcedId) {}

  /** How one manager was matched. */
  public enum Status {
    LINKED_BY_HAND,
    MATCHED,
    AMBIGUOUS,
    NO_LMS_IDENTITY
  }

  /** A manager's match, with the people who were candidates. */
  public record Match(String managerKey, Status status, Long personId, List<Person> candidates) {}

  private final Map<String, List<Person>> byEmployeeId = new HashMap<>();
  private final Map<String, List<Person>> byEmail = new HashMap<>();
  private final Map<Long, Person> byId = new HashMap<>();
  private final Map<String, Long> links;

  public Matching(List<Person> people, Map<String, Long> links) {
    this.links = Map.copyOf(links);
    for (Person person : people) {
      byId.put(person.id(), person);
      if (person.employeeId() != null) {
        byEmployeeId.computeIfAbsent(person.employeeId(), k -> new ArrayList<>()).add(person);
      }
      if (person.sourcedId() != null && !person.sourcedId().equals(person.employeeId())) {
        byEmployeeId.computeIfAbsent(person.sourcedId(), k -> new ArrayList<>()).add(person);
      }
      if (person.email() != null) {
        byEmail
            .computeIfAbsent(person.email().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
            .add(person);
      }
    }
  }

  /**
   * @param email the manager's email from the organisation, used when the key is an employee id
   *     that no person carries
   */
  public Match match(String managerKey, String email) {
    Long linked = links.get(managerKey);
    if (linked != null) {
      return new Match(
          managerKey,
          Status.LINKED_BY_HAND,
          linked,
          Optional.ofNullable(byId.get(linked)).map(List::of).orElse(List.of()));
    }
    List<Person> candidates = List.of();
    String employeeId = ManagerKey.employeeId(managerKey);
    if (employeeId != null) {
      candidates = byEmployeeId.getOrDefault(employeeId, List.of());
    }
    String mail = employeeId == null ? ManagerKey.email(managerKey) : email;
    if (candidates.isEmpty() && mail != null) {
      candidates = byEmail.getOrDefault(mail.toLowerCase(Locale.ROOT), List.of());
    }
    if (candidates.isEmpty()) {
      return new Match(managerKey, Status.NO_LMS_IDENTITY, null, List.of());
    }
    if (candidates.size() > 1) {
      return new Match(managerKey, Status.AMBIGUOUS, null, List.copyOf(candidates));
    }
    return new Match(managerKey, Status.MATCHED, candidates.get(0).id(), List.copyOf(candidates));
  }
}
