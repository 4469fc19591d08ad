package com.firstline.engagement.org;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import java.util.TreeMap;

/**
 * Every organisation snapshot, by team and date. A team at a date is its entry in the latest
 * snapshot on or before that date that lists it (or its earliest one, for waves older than every
 * snapshot), so a team keeps the manager it had at each wave, and a snapshot that lists only part
 * of the organisation (the sample, say) leaves the other teams as they were.
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

  private final Map<String, TreeMap<LocalDate, Team>> teams = new HashMap<>();

  public void add(LocalDate asOf, Map<String, Team> snapshot) {
    snapshot.forEach((id, team) -> teams.computeIfAbsent(id, k -> new TreeMap<>()).put(asOf, team));
  }

  public boolean isEmpty() {
    return teams.isEmpty();
  }

  /** The team as it was at the date, or null when no snapshot lists it. */
  public Team teamAt(String teamId, LocalDate date) {
    TreeMap<LocalDate, Team> versions = teams.get(teamId);
    if (versions == null) {
      return null;
    }
    Entry<LocalDate, Team> entry = versions.floorEntry(date);
    return (entry == null ? versions.firstEntry() : entry).getValue();
  }

  /** The manager key of a team at a date, or null. */
  public String managerAt(String teamId, LocalDate date) {
    Team team = teamAt(teamId, date);
    return team == null ? null : team.managerKey();
  }

  /** Every team as its latest snapshot lists it, by team id. */
  public Map<String, Team> latest() {
    Map<String, Team> latest = new TreeMap<>();
    teams.forEach((id, versions) -> latest.put(id, versions.lastEntry().getValue()));
    return latest;
  }

  public Collection<Team> everyTeam() {
    return latest().values();
  }

  public List<LocalDate> dates() {
    return teams.values().stream().flatMap(v -> v.keySet().stream()).distinct().sorted().toList();
  }
}
