package com.firstline.tracking.board;

import com.firstline.lti.launch.LaunchRecord;
import com.firstline.lti.registration.RegisteredPlatform;
import com.firstline.lti.registration.Registrations;
import com.firstline.lti.services.Member;
import com.firstline.lti.services.NrpsClient;
import com.firstline.lti.services.PlatformCallFailed;
import com.firstline.platform.errors.ProblemException;
import com.firstline.scenario.control.ModuleCatalog;
import com.firstline.scenario.model.GradePolicy;
import com.firstline.tracking.TrainerScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A course's completion board for one module: the roster (fetched from NRPS when asked, or when the
 * stored one is older than {@code tracking.roster-max-age-minutes}) against the attempts. If the
 * platform cannot be reached, the stored roster is shown with the reason, rather than nothing.
 */
@ApplicationScoped
public class CompletionBoard {
  private static final Logger LOG = Logger.getLogger(CompletionBoard.class.getName());

  @Inject Rosters rosters;
  @Inject ModuleProgress progress;
  @Inject NrpsClient nrps;
  @Inject Registrations registrations;
  @Inject ModuleCatalog catalog;

  @Inject
  @ConfigProperty(name = "tracking.roster-max-age-minutes", defaultValue = "60")
  long rosterMaxAgeMinutes;

  Clock clock = Clock.systemUTC();

  /**
   * The board, what went wrong fetching the roster (null when nothing did), and how many action
   * plans the course's managers wrote in the module (a count only: the plans are personal).
   */
  public record Board(
      Instant rosterRefreshedAt, String rosterProblem, List<BoardRows.Row> rows, int actionPlans) {}

  public Board of(TrainerScope.Course course, String moduleId, boolean refresh) {
    Optional<Roster> stored = rosters.find(course.issuer(), course.contextId());
    boolean stale =
        stored
            .map(r -> r.olderThan(Duration.ofMinutes(rosterMaxAgeMinutes), clock.instant()))
            .orElse(true);
    String problem = null;
    if (refresh || stale) {
      try {
        stored = Optional.of(fetch(course));
      } catch (PlatformCallFailed failed) {
        LOG.warning(() -> "Roster of " + course.contextId() + ": " + failed.getMessage());
        if (refresh && stored.isEmpty()) {
          throw new ProblemException(
              502, "Bad gateway", "The LMS did not give the roster: " + failed.getMessage());
        }
        problem = failed.getMessage();
      }
    }
    int plans = progress.actionPlans(course.issuer(), course.contextId(), moduleId);
    if (stored.isEmpty()) {
      return new Board(null, problem, List.of(), plans);
    }
    List<BoardRows.Manager> managers =
        rosters.members(stored.get().id()).stream()
            .filter(m -> m.learner() && m.leftAt().isEmpty())
            .map(m -> new BoardRows.Manager(m.userId(), m.displayName(), m.email()))
            .toList();
    return new Board(
        stored.get().refreshedAt(),
        problem,
        BoardRows.of(
            managers,
            progress.of(course.issuer(), course.contextId(), moduleId),
            catalog
                .published(moduleId)
                .map(version -> version.module().scoring().grade())
                .orElse(GradePolicy.BEST)),
        plans);
  }

  private Roster fetch(TrainerScope.Course course) {
    LaunchRecord launch = course.launch();
    if (launch.membershipsUrl() == null || launch.membershipsUrl().isBlank()) {
      throw ProblemException.conflict(
          "The LMS did not offer its roster service (NRPS) with this launch: ask its"
              + " administrator to allow it for Firstline.");
    }
    RegisteredPlatform platform =
        Optional.ofNullable(launch.registrationId())
            .flatMap(registrations::byId)
            .orElseThrow(
                () -> ProblemException.conflict("This course's platform is no longer registered."));
    List<Member> members = nrps.members(platform, launch.membershipsUrl());
    return rosters.replace(course.issuer(), course.contextId(), members);
  }
}
