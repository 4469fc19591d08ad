package com.firstline.tracking.board;

import com.firstline.lti.launch.LaunchFacts;
import com.firstline.lti.launch.LaunchRecorded;
import com.firstline.platform.identity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A learner's launch from a course puts them on that course's stored roster when it lacks them, so
 * the board shows a newcomer at once instead of after the next NRPS fetch, without asking the
 * platform on every launch. NRPS stays the authority: its next answer corrects names and marks
 * people who left. Runs after the launch commits, so a failure here never refuses a launch.
 */
@ApplicationScoped
public class LaunchedLearners {
  private static final Logger LOG = Logger.getLogger(LaunchedLearners.class.getName());

  @Inject Rosters rosters;
  @Inject KnownLearners knownLearners;

  void onLaunch(@Observes(during = TransactionPhase.AFTER_SUCCESS) LaunchRecorded launch) {
    LaunchFacts facts = launch.facts();
    if (facts.contextId() == null || !facts.roles().contains(Role.MANAGER)) {
      return;
    }
    if (knownLearners.isListed(facts.issuer(), facts.contextId(), facts.subject())) {
      return;
    }
    try {
      boolean listed =
          rosters.joined(
              facts.issuer(),
              facts.contextId(),
              facts.subject(),
              facts.profile() == null ? null : facts.profile().displayName(),
              facts.profile() == null ? null : facts.profile().email(),
              facts.ltiRoles());
      if (listed) {
        knownLearners.listed(facts.issuer(), facts.contextId(), facts.subject());
      }
    } catch (RuntimeException failed) {
      // The next roster fetch lists them anyway; the launch itself has succeeded.
      LOG.log(Level.WARNING, "Could not add a launched learner to the course roster", failed);
    }
  }
}
