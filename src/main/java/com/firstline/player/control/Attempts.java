package com.firstline.player.control;

import com.firstline.platform.errors.ProblemException;
import com.firstline.platform.identity.Caller;
import com.firstline.player.entity.Attempt;
import com.firstline.player.entity.AttemptStatus;
import com.firstline.scenario.control.ModuleCatalog;
import com.firstline.scenario.control.VersionedModule;
import com.firstline.scenario.model.Ending;
import com.firstline.scenario.model.Module;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Starts, resumes and advances attempts. Every change locks the attempt's row first, so two tabs or
 * a double click are applied one after the other and the second one sees the step already taken.
 */
@ApplicationScoped
public class Attempts {
  @PersistenceContext(unitName = "firstline")
  EntityManager em;

  @Inject ModuleCatalog catalog;
  @Inject Event<AttemptCompleted> completed;
  @Inject Event<AttemptStarted> started;
  @Inject Event<StepRecorded> stepped;

  Clock clock = Clock.systemUTC();

  /**
   * The caller's attempt in progress on this module, or a new one on the published version. With
   * {@code restart}, an attempt in progress is abandoned and a new one begins.
   */
  @Transactional
  public Played startOrResume(Caller caller, String moduleId, boolean restart) {
    VersionedModule published =
        catalog
            .published(moduleId)
            .orElseThrow(
                () ->
                    ProblemException.notFound(
                        "No published module has the id '" + moduleId + "'."));
    List<Attempt> inProgress =
        em.createQuery(
                "SELECT a FROM Attempt a WHERE a.personId = :person AND a.moduleId = :module"
                    + " AND a.status = :status ORDER BY a.id DESC",
                Attempt.class)
            .setParameter("person", caller.personId())
            .setParameter("module", moduleId)
            .setParameter("status", AttemptStatus.IN_PROGRESS)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultList();
    if (!restart && !inProgress.isEmpty()) {
      return loaded(inProgress.get(0));
    }
    inProgress.forEach(attempt -> attempt.abandon(clock.instant()));
    Attempt attempt =
        Attempt.start(
            caller.personId(),
            published.versionId(),
            published.module(),
            caller.launchId(),
            clock.instant());
    em.persist(attempt);
    started.fire(
        new AttemptStarted(
            attempt.id(),
            attempt.personId(),
            attempt.moduleId(),
            attempt.moduleVersionId(),
            attempt.launchId(),
            attempt.currentNode(),
            attempt.startedAt()));
    return loaded(attempt);
  }

  @Transactional
  public Played view(Caller caller, long attemptId) {
    return loaded(owned(caller, attemptId, LockModeType.NONE));
  }

  /**
   * Records a choice. A retried request for a step already recorded with the same choice answers
   * with the current state instead of recording it twice.
   */
  @Transactional
  public Played choose(Caller caller, long attemptId, int step, String choiceId) {
    Attempt attempt = owned(caller, attemptId, LockModeType.PESSIMISTIC_WRITE);
    Module module = moduleOf(attempt);
    if (attempt.alreadyChose(step, choiceId)) {
      return loaded(attempt);
    }
    String from = attempt.currentNode();
    Instant now = clock.instant();
    boolean finished = attempt.choose(module, step, choiceId, now);
    stepped.fire(recorded(attempt, step, from, choiceId, now));
    if (finished) {
      Ending ending = (Ending) module.node(attempt.currentNode()).orElseThrow();
      completed.fire(
          new AttemptCompleted(
              attempt.id(),
              attempt.personId(),
              attempt.moduleId(),
              attempt.moduleVersionId(),
              attempt.launchId(),
              attempt.score().orElseThrow(),
              module.scoring().maximum(),
              attempt.passed().orElseThrow(),
              ending.title(),
              attempt.completedAt().orElseThrow()));
    }
    return loaded(attempt);
  }

  @Transactional
  public Played back(Caller caller, long attemptId, int step) {
    Attempt attempt = owned(caller, attemptId, LockModeType.PESSIMISTIC_WRITE);
    String from = attempt.currentNode();
    Instant now = clock.instant();
    attempt.back(moduleOf(attempt), step, now);
    stepped.fire(recorded(attempt, step, from, null, now));
    return loaded(attempt);
  }

  @Transactional
  public Played reflect(Caller caller, long attemptId, String text) {
    Attempt attempt = owned(caller, attemptId, LockModeType.PESSIMISTIC_WRITE);
    attempt.reflect(text, clock.instant());
    return loaded(attempt);
  }

  private static StepRecorded recorded(
      Attempt attempt, int step, String from, String choiceId, Instant takenAt) {
    return new StepRecorded(
        attempt.id(),
        attempt.personId(),
        attempt.moduleId(),
        attempt.moduleVersionId(),
        attempt.launchId(),
        step,
        from,
        choiceId,
        attempt.currentNode(),
        takenAt);
  }

  /** The attempt with its steps, read in one query (and locked, for changes). */
  private Attempt owned(Caller caller, long attemptId, LockModeType lock) {
    Attempt attempt =
        em
            .createQuery(
                "SELECT a FROM Attempt a LEFT JOIN FETCH a.steps WHERE a.id = :id", Attempt.class)
            .setParameter("id", attemptId)
            .setLockMode(lock)
            // A list, not getResultStream(): Hibernate streams through a scrollable result, which
            // costs noticeably more on the player's hottest path.
            .getResultList()
            .stream()
            .findFirst()
            .orElse(null);
    if (attempt == null) {
      throw ProblemException.notFound("There is no attempt " + attemptId + ".");
    }
    if (attempt.personId() != caller.personId()) {
      throw ProblemException.forbidden("This attempt belongs to someone else.");
    }
    return attempt;
  }

  private Module moduleOf(Attempt attempt) {
    return versionOf(attempt).module();
  }

  private VersionedModule versionOf(Attempt attempt) {
    return catalog
        .version(attempt.moduleVersionId())
        .orElseThrow(
            () ->
                new IllegalStateException("Module version " + attempt.moduleVersionId() + " lost"));
  }

  /** Loads the steps while the transaction is open, so the view can be built after it. */
  private Played loaded(Attempt attempt) {
    attempt.loadSteps();
    em.flush();
    VersionedModule version = versionOf(attempt);
    return new Played(attempt, version.module(), version.version());
  }
}
