package com.firstline.engagement.control;

import com.firstline.engagement.analytics.Privacy;
import com.firstline.engagement.org.AnalystClaim;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The engagement settings (see the README's configuration table). */
@ApplicationScoped
public class EngagementSettings {
  @Inject SettingStore stored;

  @Inject
  @ConfigProperty(name = "engagement.min-group-size", defaultValue = "5")
  int minGroupSize;

  @Inject
  @ConfigProperty(name = "engagement.hr-analyst-roles")
  Optional<List<String>> hrAnalystRoles;

  @Inject
  @ConfigProperty(name = "engagement.hr-analyst-claim")
  Optional<String> hrAnalystClaim;

  @Inject
  @ConfigProperty(name = "engagement.hr-analyst-claim-values")
  Optional<List<String>> hrAnalystClaimValues;

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

  /** The launch claim that makes an HR analyst (not configured when the key is unset). */
  public AnalystClaim hrAnalystClaim() {
    return AnalystClaim.of(hrAnalystClaim.orElse(null), hrAnalystClaimValues.orElse(List.of()));
  }

  /**
   * Whether managers see their own team: as an admin last set it on the Insights page, or before
   * any admin has, {@code engagement.managers-see-own-team} (off unless configured).
   */
  public boolean managersSeeOwnTeam() {
    return stored
        .value(SettingStore.MANAGERS_SEE_OWN_TEAM)
        .map(Boolean::parseBoolean)
        .orElse(managersSeeOwnTeam);
  }

  public int resamples() {
    return Math.max(50, resamples);
  }

  public long seed() {
    return seed;
  }
}
