package com.firstline.tracking.grades;

import com.firstline.lti.launch.LaunchRecord;
import com.firstline.lti.launch.Launches;
import com.firstline.lti.launch.LinkKeys;
import com.firstline.lti.services.Scopes;
import com.firstline.platform.identity.People;
import com.firstline.platform.identity.Person;
import com.firstline.player.control.AttemptCompleted;
import com.firstline.scenario.control.ModuleCatalog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;

/**
 * Puts a completed attempt's score in the outbox, inside the transaction that completes the
 * attempt: both are committed or neither is, so no score is lost between the two and none is queued
 * for an attempt that did not complete. Only attempts of a course link launched with AGS (a line
 * item, or a line item container to put one in, and the score scope) have somewhere to go.
 *
 * <p>What is sent is the person's grade by the module's policy (their best score, or their latest),
 * stamped with this completion's time; a score of the same person and link still waiting to be sent
 * is set aside, since this one carries the grade.
 */
@ApplicationScoped
public class ScoreRecorder {
  @PersistenceContext(unitName = "firstline")
  EntityManager em;

  @Inject Launches launches;
  @Inject People people;
  @Inject ModuleCatalog catalog;

  Clock clock = Clock.systemUTC();

  void onCompleted(@Observes(during = TransactionPhase.IN_PROGRESS) AttemptCompleted completed) {
    if (completed.launchId() == null) {
      return;
    }
    LaunchRecord launch = launches.byId(completed.launchId()).orElse(null);
    if (launch == null || !gradable(launch)) {
      return;
    }
    Instant now = clock.instant();
    String gradeKey =
        completed.personId()
            + ":"
            + LinkKeys.of(
                launch.issuer(),
                launch.deploymentId(),
                launch.contextId(),
                launch.resourceLinkId());
    DeliveryClaims.supersedeWaiting(em, gradeKey, now);
    Person person =
        people
            .byId(completed.personId())
            .orElseThrow(
                () -> new IllegalStateException("Person " + completed.personId() + " lost"));
    String title =
        catalog
            .version(completed.moduleVersionId())
            .map(version -> version.module().title())
            .orElse(completed.moduleId());
    em.persist(
        Delivery.of(
            new ScoreSnapshot(
                completed.attemptId(),
                completed.personId(),
                completed.moduleId(),
                title,
                launch.id(),
                launch.registrationId(),
                launch.issuer(),
                launch.contextId(),
                person.subject(),
                gradeKey,
                launch.agsLineItem(),
                launch.agsLineItems(),
                String.join(" ", launch.agsScopes()),
                completed.grade().score(),
                completed.scoreMaximum(),
                completed.grade().policy().name(),
                completed.outcomeTitle(),
                completed.completedAt()),
            now));
  }

  /** A score can go somewhere: a line item, or a container where ours may be found or made. */
  static boolean gradable(LaunchRecord launch) {
    if (launch.registrationId() == null || !launch.agsScopes().contains(Scopes.AGS_SCORE)) {
      return false;
    }
    if (launch.agsLineItem() != null && !launch.agsLineItem().isBlank()) {
      return true;
    }
    return launch.agsLineItems() != null
        && !launch.agsLineItems().isBlank()
        && launch.agsScopes().contains(Scopes.AGS_LINEITEM);
  }
}
