package com.firstline.engagement.org;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import java.util.TreeMap;

/**
 * Every organisation snapshot by its date. The organisation at a date is the latest snapshot on or
 * before it (or the earliest one, for waves older than every snapshot).
 */
public final class OrgHistory {
  /** A team in one snapshot. */
  public record Team(
      String teamId,
      String teamName,
      String managerEmployeeId,
      String managerEmail,
      String parentTeamId) {
    public String managerKey() {
      return ManagerKey.of(managerEmployeeId, managerEmail);
    }
  }

  private final TreeMap<LocalDate, Map<String, Team>> snapshots = new TreeMap<>();

  public void add(LocalDate asOf, Map<String, Team> teams) {
    snapshots.merge(
        asOf,
        teams,
        (a, b) -> {
          Map<String, Team> merged = new TreeMap<>(a);
          merged.putAll(b);
          return merged;
        });
  }

  public boolean isEmpty() {
    return snapshots.isEmpty();
  }

  public Map<String, Team> at(LocalDate date) {
    if (snapshots.isEmpty()) {
      return Map.of();
    }
    Entry<LocalDate, Map<String, Team>> entry = snapshots.floorEntry(date);
    return (entry == null ? snapshots.firstEntry() : entry).getValue();
  }

  public Map<String, Team> latest() {
    return snapshots.isEmpty() ? Map.of() : snapshots.lastEntry().getValue();
  }

  /** The manager key of a team at a date, or null. */
  public String managerAt(String teamId, LocalDate date) {
    Team team = at(date).get(teamId);
    return team == null ? null : team.managerKey();
  }

  /** Every team (latest name) that some snapshot lists. */
  public Collection<Team> everyTeam() {
    Map<String, Team> all = new TreeMap<>();
    for (Map<String, Team> teams : snapshots.values()) {
      all.putAll(teams);
    }
    return new ArrayList<>(all.values());
  }

  public List<LocalDate> dates() {
    return List.copyOf(snapshots.keySet());
  }
}
