package com.firstline.player.control;

import com.firstline.platform.errors.ProblemException;
import com.firstline.platform.identity.Caller;
import com.firstline.platform.identity.Role;
import com.firstline.player.entity.Attempt;
import com.firstline.player.entity.AttemptStatus;
import com.firstline.scenario.control.ModuleCatalog;
import com.firstline.scenario.control.VersionedModule;
import com.firstline.scenario.model.Ending;
import com.firstline.scenario.model.GradePolicy;
import com.firstline.scenario.model.Module;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
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
  @Inject Event<ActionPlanWritten> planned;

  Clock clock = Clock.systemUTC();

  /**
   * The caller's latest attempt on this module in their course link: the one in progress, or the
   * last one completed (whose result the page shows, with "Take it again"); a new one on the
   * published version when there is neither. With {@code restart}, an attempt in progress is
   * abandoned and a new one begins.
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
    String linkKey = linkFor(caller, moduleId);
    // One start at a time per person: two tabs or a double click must not begin two attempts.
    em.createNativeQuery("SELECT id FROM person WHERE id = ?1 FOR UPDATE")
        .setParameter(1, caller.personId())
        .getResultList();
    TypedQuery<Attempt> newest =
        em.createQuery(
                "SELECT a FROM Attempt a WHERE a.personId = :person AND a.moduleId = :module"
                    + " AND a.status <> :abandoned AND "
                    + inLink(linkKey)
                    + " ORDER BY a.id DESC",
                Attempt.class)
            .setParameter("person", caller.personId())
            .setParameter("module", moduleId)
            .setParameter("abandoned", AttemptStatus.ABANDONED)
            .setMaxResults(1);
    List<Attempt> current = withLink(newest, linkKey).getResultList();
    Attempt latest = current.isEmpty() ? null : current.get(0);
    if (!restart && latest != null) {
      return loaded(latest);
    }
    if (latest != null) {
      latest.abandon(clock.instant());
    }
    Attempt attempt =
        Attempt.start(
            caller.personId(),
            published.versionId(),
            published.module(),
            linkKey == null ? null : caller.launchId(),
            linkKey,
            PlayModes.forNewAttempt(linkKey == null ? null : caller.link(), published.module()),
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

  /**
   * The course link a new attempt of the caller's at this module belongs to. A session from a
   * module's link opens that module only: a score of another module would land in this link's
   * gradebook column. Trainers may try other modules, graded nowhere.
   */
  private static String linkFor(Caller caller, String moduleId) {
    Caller.CourseLink link = caller.link();
    if (link == null) {
      return null;
    }
    if (link.moduleId().equals(moduleId)) {
      return link.key();
    }
    if (caller.has(Role.TRAINER)) {
      return null;
    }
    throw ProblemException.forbidden(
        "You opened Firstline from your course's link to the module '"
            + link.moduleId()
            + "'. Open '"
            + moduleId
            + "' from its own link in your course, so that its grade goes to the right place.");
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
      CourseGrade grade = gradeOf(attempt, module);
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
              attempt.completedAt().orElseThrow(),
              grade));
      return loaded(attempt, grade);
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

  /**
   * Keeps the manager's action plan at the ending. A plan saved again unchanged (a retry) records
   * nothing new.
   */
  @Transactional
  public Played planAction(Caller caller, long attemptId, String text) {
    Attempt attempt = owned(caller, attemptId, LockModeType.PESSIMISTIC_WRITE);
    Instant now = clock.instant();
    if (attempt.planAction(text, now)) {
      planned.fire(
          new ActionPlanWritten(
              attempt.id(),
              attempt.personId(),
              attempt.moduleId(),
              attempt.moduleVersionId(),
              attempt.launchId(),
              text,
              now));
    }
    return loaded(attempt);
  }

  /**
   * The plan the person wrote last, at the ending of another attempt, before this one began: what
   * the start of their next module shows back to them.
   */
  private PreviousPlan previousPlan(Attempt attempt) {
    return em
        .createQuery(
            "SELECT a FROM Attempt a WHERE a.personId = :person AND a.id <> :id"
                + " AND a.actionPlan IS NOT NULL AND a.actionPlanAt <= :started"
                + " ORDER BY a.actionPlanAt DESC",
            Attempt.class)
        .setParameter("person", attempt.personId())
        .setParameter("id", attempt.id())
        .setParameter("started", attempt.startedAt())
        .setMaxResults(1)
        .getResultList()
        .stream()
        .findFirst()
        .map(
            earlier ->
                new PreviousPlan(
                    catalog
                        .version(earlier.moduleVersionId())
                        .map(version -> version.module().title())
                        .orElse(earlier.moduleId()),
                    earlier.actionPlan().orElseThrow(),
                    earlier.actionPlanAt().orElseThrow()))
        .orElse(null);
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
    String callerLink = caller.link() == null ? null : caller.link().key();
    if (attempt.linkKey().isPresent() && !attempt.linkKey().get().equals(callerLink)) {
      throw ProblemException.forbidden(
          "This attempt belongs to another course: open the module from that course's link.");
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
    return loaded(attempt, null);
  }

  /**
   * The attempt with its steps and, once completed, its grade ({@code known} when the caller has
   * just worked it out, so it is not read twice).
   */
  private Played loaded(Attempt attempt, CourseGrade known) {
    attempt.loadSteps();
    em.flush();
    VersionedModule version = versionOf(attempt);
    CourseGrade grade = known;
    if (grade == null && attempt.status() == AttemptStatus.COMPLETED) {
      grade = gradeOf(attempt, version.module());
    }
    PreviousPlan previous =
        attempt.status() == AttemptStatus.IN_PROGRESS && attempt.stepCount() == 0
            ? previousPlan(attempt)
            : null;
    return new Played(attempt, version.module(), version.version(), grade, previous);
  }

  /** The JPQL condition on {@code a} for attempts of this course link, or of none. */
  private static String inLink(String linkKey) {
    return linkKey == null ? "a.linkKey IS NULL" : "a.linkKey = :link";
  }

  private static <T> TypedQuery<T> withLink(TypedQuery<T> query, String linkKey) {
    return linkKey == null ? query : query.setParameter("link", linkKey);
  }

  /**
   * The grade, by the module's policy, over the completed attempts of the attempt's person at its
   * module in its course link. Ids order completions: a person has one attempt in progress per link
   * at a time (starting another abandons it), so a later id completed later.
   */
  private CourseGrade gradeOf(Attempt attempt, Module module) {
    String linkKey = attempt.linkKey().orElse(null);
    TypedQuery<Object[]> query =
        em.createQuery(
                "SELECT a.id, a.score FROM Attempt a WHERE a.personId = :person"
                    + " AND a.moduleId = :module AND a.status = :completed AND "
                    + inLink(linkKey),
                Object[].class)
            .setParameter("person", attempt.personId())
            .setParameter("module", attempt.moduleId())
            .setParameter("completed", AttemptStatus.COMPLETED);
    List<GradePolicy.Completion> completions =
        withLink(query, linkKey).getResultList().stream()
            .map(
                row ->
                    new GradePolicy.Completion(
                        ((Number) row[0]).longValue(), ((Number) row[1]).intValue()))
            .toList();
    GradePolicy policy = module.scoring().grade();
    int score =
        policy
            .gradeOf(completions)
            .map(GradePolicy.Completion::score)
            .orElse(attempt.score().orElse(0));
    return new CourseGrade(
        score, module.scoring().maximum(), policy, completions.size(), linkKey != null);
  }
}
