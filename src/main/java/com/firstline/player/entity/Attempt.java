package com.firstline.player.entity;

import com.firstline.player.entity.AttemptRuleException.Reason;
import com.firstline.scenario.model.Choice;
import com.firstline.scenario.model.Ending;
import com.firstline.scenario.model.Module;
import com.firstline.scenario.model.Node;
import com.firstline.scenario.model.PlayMode;
import com.firstline.scenario.model.Scene;
import com.firstline.scenario.model.Variables;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * One manager's attempt at one module version. The attempt keeps itself consistent: a step is only
 * taken on the view the manager saw ({@code expectedStep}), with a choice the current scene offers
 * under the current variables, and reaching an ending completes it with its score in the same
 * change.
 */
@Entity
@Table(name = "attempt")
public class Attempt {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "person_id", nullable = false, updatable = false)
  private long personId;

  @Column(name = "module_id", nullable = false, updatable = false)
  private String moduleId;

  @Column(name = "module_version_id", nullable = false, updatable = false)
  private long moduleVersionId;

  @Column(name = "launch_id", updatable = false)
  private String launchId;

  @Column(name = "link_key", updatable = false)
  private String linkKey;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private AttemptStatus status;

  @Column(name = "current_node", nullable = false)
  private String currentNode;

  @Column(name = "step_count", nullable = false)
  private int stepCount;

  @Column(name = "variables_json", nullable = false)
  private String variablesJson;

  @Column(name = "choice_score_sum", nullable = false)
  private int choiceScoreSum;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private PlayMode mode;

  private Integer score;
  private Boolean passed;
  private String reflection;

  @Column(name = "action_plan")
  private String actionPlan;

  @Column(name = "action_plan_at")
  private Instant actionPlanAt;

  @Column(name = "started_at", nullable = false, updatable = false)
  private Instant startedAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "completed_at")
  private Instant completedAt;

  @OneToMany(mappedBy = "attempt", cascade = CascadeType.PERSIST)
  @OrderBy("stepNo")
  private List<AttemptStep> steps = new ArrayList<>();

  protected Attempt() {}

  /**
   * A new attempt. {@code launchId} and {@code linkKey} name the course link it belongs to (and is
   * graded in), or are both null for an attempt that belongs to no course; {@code mode} is fixed
   * for the whole attempt.
   */
  public static Attempt start(
      long personId,
      long moduleVersionId,
      Module module,
      String launchId,
      String linkKey,
      PlayMode mode,
      Instant now) {
    Attempt attempt = new Attempt();
    attempt.mode = mode;
    attempt.personId = personId;
    attempt.moduleId = module.id();
    attempt.moduleVersionId = moduleVersionId;
    attempt.launchId = launchId;
    attempt.linkKey = linkKey;
    attempt.status = AttemptStatus.IN_PROGRESS;
    attempt.currentNode = module.start();
    attempt.stepCount = 0;
    attempt.variablesJson = VariablesJson.write(module.initialVariables());
    attempt.choiceScoreSum = 0;
    attempt.startedAt = now;
    attempt.updatedAt = now;
    return attempt;
  }

  /**
   * Takes the choice {@code choiceId} at the current scene. Returns true when it reached an ending
   * and so completed the attempt.
   */
  public boolean choose(Module module, int expectedStep, String choiceId, Instant now) {
    requireStep(expectedStep);
    Scene scene = currentScene(module);
    Variables variables = variables();
    Choice choice =
        scene.offeredChoices(variables).stream()
            .filter(offered -> offered.id().equals(choiceId))
            .findFirst()
            .orElseThrow(
                () ->
                    new AttemptRuleException(
                        Reason.CHOICE_NOT_OFFERED,
                        "The scene '"
                            + scene.id()
                            + "' does not offer the choice '"
                            + choiceId
                            + "'."));
    Variables after = choice.applyEffects(variables);
    String next = choice.nextNodeId(after);
    record(StepKind.CHOICE, choiceId, next, now);
    variablesJson = VariablesJson.write(after);
    choiceScoreSum += choice.scoreOrZero();
    Node reached = module.node(next).orElseThrow();
    if (reached instanceof Ending ending) {
      int finalScore = module.scoring().score(ending, choiceScoreSum, after);
      status = AttemptStatus.COMPLETED;
      score = finalScore;
      passed = module.scoring().passed(finalScore);
      completedAt = now;
      return true;
    }
    return false;
  }

  /** Goes back to the scene before the last choice, where the module allows it. */
  public void back(Module module, int expectedStep, Instant now) {
    requireStep(expectedStep);
    List<Journey.Leg> legs = Journey.replay(module, steps);
    if (!module.allowBack() || legs.size() < 2) {
      throw new AttemptRuleException(
          Reason.CANNOT_GO_BACK, "There is no earlier scene to go back to in this module.");
    }
    Position previous = legs.get(legs.size() - 2).position();
    record(StepKind.BACK, null, previous.nodeId(), now);
    variablesJson = VariablesJson.write(previous.variables());
    choiceScoreSum = previous.choiceScoreSum();
  }

  public void reflect(String text, Instant now) {
    reflection = text;
    updatedAt = now;
  }

  /**
   * Keeps the manager's plan for their own team, written at the ending; writing it again replaces
   * it. Returns whether the text changed.
   */
  public boolean planAction(String text, Instant now) {
    if (status != AttemptStatus.COMPLETED) {
      throw new AttemptRuleException(
          Reason.NOT_AT_ENDING, "An action plan is written at the ending of the module.");
    }
    if (text.equals(actionPlan)) {
      return false;
    }
    actionPlan = text;
    actionPlanAt = now;
    updatedAt = now;
    return true;
  }

  /**
   * Whether the coaching of the choices made so far may be shown: always in practice, and in an
   * assessment only once the ending is reached.
   */
  public boolean coachingVisible() {
    return mode != PlayMode.ASSESSMENT || status == AttemptStatus.COMPLETED;
  }

  public void abandon(Instant now) {
    if (status == AttemptStatus.IN_PROGRESS) {
      status = AttemptStatus.ABANDONED;
      updatedAt = now;
    }
  }

  /** Whether a submission for step {@code step} with this choice was already recorded. */
  public boolean alreadyChose(int step, String choiceId) {
    return step < steps.size()
        && steps.get(step).kind() == StepKind.CHOICE
        && steps.get(step).choiceId().equals(choiceId);
  }

  public boolean canGoBack(Module module) {
    return canGoBack(module, Journey.replay(module, steps));
  }

  /** The same, for a caller that has replayed the steps already. */
  public boolean canGoBack(Module module, List<Journey.Leg> legs) {
    return module.allowBack() && status == AttemptStatus.IN_PROGRESS && legs.size() > 1;
  }

  private void requireStep(int expectedStep) {
    if (status != AttemptStatus.IN_PROGRESS) {
      throw new AttemptRuleException(
          Reason.ATTEMPT_OVER, "This attempt has ended; start a new one to play again.");
    }
    if (expectedStep != stepCount) {
      throw new AttemptRuleException(
          Reason.STALE_STEP,
          "This was sent for step "
              + expectedStep
              + ", but the attempt is at step "
              + stepCount
              + ".");
    }
  }

  private Scene currentScene(Module module) {
    return module
        .scene(currentNode)
        .orElseThrow(() -> new IllegalStateException("Attempt " + id + " is not at a scene"));
  }

  private void record(StepKind kind, String choiceId, String toNode, Instant now) {
    steps.add(new AttemptStep(this, stepCount, kind, currentNode, choiceId, toNode, now));
    stepCount++;
    currentNode = toNode;
    updatedAt = now;
  }

  public Long id() {
    return id;
  }

  public long personId() {
    return personId;
  }

  public String moduleId() {
    return moduleId;
  }

  public long moduleVersionId() {
    return moduleVersionId;
  }

  public String launchId() {
    return launchId;
  }

  /** The course link this attempt belongs to, or empty when it belongs to none. */
  public Optional<String> linkKey() {
    return Optional.ofNullable(linkKey);
  }

  public AttemptStatus status() {
    return status;
  }

  public String currentNode() {
    return currentNode;
  }

  public int stepCount() {
    return stepCount;
  }

  public Variables variables() {
    return VariablesJson.read(variablesJson);
  }

  public Optional<Integer> score() {
    return Optional.ofNullable(score);
  }

  public Optional<Boolean> passed() {
    return Optional.ofNullable(passed);
  }

  public Optional<String> reflection() {
    return Optional.ofNullable(reflection);
  }

  public PlayMode mode() {
    return mode;
  }

  public Optional<String> actionPlan() {
    return Optional.ofNullable(actionPlan);
  }

  public Optional<Instant> actionPlanAt() {
    return Optional.ofNullable(actionPlanAt);
  }

  public Instant startedAt() {
    return startedAt;
  }

  public Optional<Instant> completedAt() {
    return Optional.ofNullable(completedAt);
  }

  /** Reads the steps from the database while the transaction is open (they load lazily). */
  public int loadSteps() {
    return steps.size();
  }

  public List<AttemptStep> steps() {
    return Collections.unmodifiableList(steps);
  }
}
