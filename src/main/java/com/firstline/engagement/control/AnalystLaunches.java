package com.firstline.engagement.control;

import com.firstline.engagement.org.AnalystClaim;
import com.firstline.lti.launch.LaunchRecorded;
import com.firstline.lti.launch.LtiClaims;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Launches that make their person an HR analyst through the claim {@code
 * engagement.hr-analyst-claim} names. The claim is read once, when the launch is recorded (in its
 * transaction), and kept by launch id: the session that launch opens may then read engagement data.
 */
@ApplicationScoped
@Transactional
public class AnalystLaunches {
  @Inject EngagementSettings settings;

  @Resource(lookup = "jdbc/firstline")
  DataSource dataSource;

  void record(@Observes LaunchRecorded launch) {
    AnalystClaim claim = settings.hrAnalystClaim();
    if (!claim.configured()) {
      return;
    }
    Map<String, Object> custom = launch.token().object(LtiClaims.CUSTOM).orElse(Map.of());
    if (claim.heldBy(custom, launch.token().claims().getClaims())) {
      new Jdbc(dataSource)
          .update(
              "INSERT INTO engagement_analyst_launch (launch_id, claim, recorded_at) VALUES (?, ?,"
                  + " ?)",
              launch.launchId(),
              Jdbc.cut(claim.name(), 300),
              Timestamp.from(Instant.now()));
    }
  }

  /** Whether this launch carried the HR analyst claim. */
  public boolean isAnalyst(String launchId) {
    return launchId != null
        && !new Jdbc(dataSource)
            .query(
                "SELECT launch_id FROM engagement_analyst_launch WHERE launch_id = ?",
                rs -> rs.getString(1),
                launchId)
            .isEmpty();
  }
}
