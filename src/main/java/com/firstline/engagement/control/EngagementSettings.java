package com.firstline.engagement.control;

import com.firstline.engagement.analytics.Privacy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The engagement settings (see the README's configuration table). */
@ApplicationScoped
public class EngagementSettings {
  @Inject
  @ConfigProperty(name = "engagement.min-group-size", defaultValue = "5")
  int minGroupSize;

  @Inject
  @ConfigProperty(name = "engagement.hr-analyst-roles")
  Optional<List<String>> hrAnalystRoles;

  @Inject
  @ConfigProperty(name = "engagement.program-modules")
  Optional<List<String>> programModules;

  @Inject
  @ConfigProperty(name = "engagement.managers-see-own-team", defaultValue = "false")
  boolean managersSeeOwnTeam;

  @Inject
  @ConfigProperty(name = "engagement.bootstrap-resamples", defaultValue = "1000")
  int resamples;

  @Inject
  @ConfigProperty(name = "engagement.bootstrap-seed", defaultValue = "20261204")
  long seed;

  public Privacy privacy() {
    return Privacy.atLeastFloor(minGroupSize);
  }

  public Set<String> hrAnalystRoles() {
    return Set.copyOf(hrAnalystRoles.orElse(List.of()));
  }

  /** Modules whose passing completes the program; empty means any module. */
  public Set<String> programModules() {
    return Set.copyOf(programModules.orElse(List.of()));
  }

  public boolean managersSeeOwnTeam() {
    return managersSeeOwnTeam;
  }

  public int resamples() {
    return Math.max(50, resamples);
  }

  public long seed() {
    return seed;
  }
}
