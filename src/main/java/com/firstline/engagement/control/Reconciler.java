package com.firstline.engagement.control;

import com.firstline.engagement.control.Reports.ManagerMatch;
import com.firstline.engagement.control.Reports.PersonWithoutTeam;
import com.firstline.engagement.control.Reports.Reconciliation;
import com.firstline.engagement.org.Matching;
import com.firstline.engagement.org.OrgHistory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Sets the organisation's managers (latest snapshot) against LMS people: who matched, who has no
 * LMS identity, who is ambiguous, and which people completed modules but lead no team.
 */
@ApplicationScoped
@Transactional
public class Reconciler {
  @Inject EngagementStore store;

  public Reconciliation reconcile() {
    List<Matching.Person> people = store.people();
    Matching matching = new Matching(people, store.links());
    Map<String, List<OrgHistory.Team>> managers = new TreeMap<>();
    for (OrgHistory.Team team : store.orgHistory().latest().values()) {
      if (team.managerKey() != null) {
        managers.computeIfAbsent(team.managerKey(), k -> new ArrayList<>()).add(team);
      }
    }
    List<ManagerMatch> matches = new ArrayList<>();
    Set<Long> matched = new HashSet<>();
    managers.forEach(
        (key, teams) -> {
          Matching.Match match = matching.match(key, teams.get(0).managerEmail());
          if (match.personId() != null) {
            matched.add(match.personId());
          }
          matches.add(
              new ManagerMatch(
                  key,
                  String.join(", ", teams.stream().map(OrgHistory.Team::teamName).toList()),
                  match.status().name(),
                  match.personId(),
                  match.candidates().stream()
                      .map(p -> p.id() + " " + (p.displayName() == null ? "" : p.displayName()))
                      .toList()));
        });
    Set<Long> learners = new HashSet<>();
    store.completions().stream()
        .filter(c -> c.personId() != null)
        .forEach(c -> learners.add(c.personId()));
    List<PersonWithoutTeam> loose = new ArrayList<>();
    for (Matching.Person person : people) {
      if (learners.contains(person.id()) && !matched.contains(person.id())) {
        loose.add(
            new PersonWithoutTeam(
                person.id(), person.displayName(), person.email(), person.employeeId()));
      }
    }
    return new Reconciliation(matches, loose);
  }
}
