package com.firstline.tracking.xapi;

import com.firstline.platform.identity.People;
import com.firstline.platform.identity.Person;
import com.firstline.player.control.ActionPlanWritten;
import com.firstline.player.control.AttemptCompleted;
import com.firstline.player.control.AttemptStarted;
import com.firstline.player.control.StepRecorded;
import com.firstline.scenario.control.ModuleCatalog;
import com.firstline.scenario.control.VersionedModule;
import com.firstline.scenario.model.Scene;
import com.firstline.tracking.xapi.XapiStatements.Statement;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.UUID;

/**
 * Puts an attempt's learning records in the xAPI outbox, inside the transaction that records what
 * they say (the start, a step, the end): both are committed or neither is, so no record is lost and
 * none is sent for a step that was not taken. Does nothing while no LRS is configured.
 */
@ApplicationScoped
public class StatementRecorder {
  @PersistenceContext(unitName = "firstline")
  EntityManager em;

  @Inject XapiSettings settings;
  @Inject People people;
  @Inject ModuleCatalog catalog;

  Clock clock = Clock.systemUTC();
  XapiStatements statements = new XapiStatements(UUID::randomUUID);

  void onStarted(@Observes(during = TransactionPhase.IN_PROGRESS) AttemptStarted started) {
    if (!settings.enabled()) {
      return;
    }
    VersionedModule version = version(started.moduleVersionId());
    XapiAttempt attempt = attempt(started.attemptId(), started.personId(), version);
    queue(started.attemptId(), statements.initialized(attempt, started.startedAt()));
    version
        .module()
        .scene(started.startNode())
        .ifPresent(
            scene ->
                queue(
                    started.attemptId(),
                    statements.experienced(attempt, scene, started.startedAt())));
  }

  void onStep(@Observes(during = TransactionPhase.IN_PROGRESS) StepRecorded step) {
    if (!settings.enabled()) {
      return;
    }
    VersionedModule version = version(step.moduleVersionId());
    XapiAttempt attempt = attempt(step.attemptId(), step.personId(), version);
    if (step.choiceId() != null) {
      Scene from = version.module().scene(step.fromNode()).orElseThrow();
      queue(step.attemptId(), statements.answered(attempt, from, step.choiceId(), step.takenAt()));
    }
    // An ending is not a scene: the end is told by completed and passed or failed.
    version
        .module()
        .scene(step.toNode())
        .ifPresent(
            scene ->
                queue(step.attemptId(), statements.experienced(attempt, scene, step.takenAt())));
  }

  void onCompleted(@Observes(during = TransactionPhase.IN_PROGRESS) AttemptCompleted completed) {
    if (!settings.enabled()) {
      return;
    }
    VersionedModule version = version(completed.moduleVersionId());
    XapiAttempt attempt = attempt(completed.attemptId(), completed.personId(), version);
    XapiStatements.Outcome outcome =
        new XapiStatements.Outcome(completed.score(), completed.scoreMaximum(), completed.passed());
    queue(completed.attemptId(), statements.completed(attempt, outcome, completed.completedAt()));
    queue(
        completed.attemptId(),
        statements.passedOrFailed(attempt, outcome, completed.completedAt()));
  }

  void onPlanned(@Observes(during = TransactionPhase.IN_PROGRESS) ActionPlanWritten plan) {
    if (!settings.enabled()) {
      return;
    }
    VersionedModule version = version(plan.moduleVersionId());
    XapiAttempt attempt = attempt(plan.attemptId(), plan.personId(), version);
    queue(plan.attemptId(), statements.actionPlan(attempt, plan.text(), plan.writtenAt()));
  }

  private void queue(long attemptId, Statement statement) {
    em.persist(
        XapiStatementRow.of(
            statement.id(),
            attemptId,
            statement.verb(),
            statement.json().toString(),
            clock.instant()));
  }

  private VersionedModule version(long versionId) {
    return catalog
        .version(versionId)
        .orElseThrow(() -> new IllegalStateException("Module version " + versionId + " lost"));
  }

  /**
   * The attempt as statements see it. A person from an LMS is an account at its issuer (the
   * platform's https URL); people of the development sign-in have no such home, so theirs is
   * Firstline.
   */
  private XapiAttempt attempt(long attemptId, long personId, VersionedModule version) {
    Person person =
        people
            .byId(personId)
            .orElseThrow(() -> new IllegalStateException("Person " + personId + " lost"));
    String tool = settings.activityBase().orElseThrow();
    String issuer = person.issuer();
    boolean webHome = issuer.startsWith("https://") || issuer.startsWith("http://");
    return new XapiAttempt(
        tool,
        webHome ? issuer : tool,
        person.subject(),
        version.moduleId(),
        version.version(),
        version.module().title(),
        version.module().locale(),
        attemptId);
  }
}
