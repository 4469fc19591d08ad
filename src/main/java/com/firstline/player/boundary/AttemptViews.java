package com.firstline.player.boundary;

import com.firstline.player.control.Played;
import com.firstline.player.control.Progress;
import com.firstline.player.entity.Attempt;
import com.firstline.player.entity.Journey;
import com.firstline.scenario.format.SafeMarkdown;
import com.firstline.scenario.model.Choice;
import com.firstline.scenario.model.ChoiceOrder;
import com.firstline.scenario.model.Ending;
import com.firstline.scenario.model.Module;
import com.firstline.scenario.model.Node;
import com.firstline.scenario.model.Scene;
import com.firstline.scenario.model.Variables;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Builds the player's view of an attempt from the attempt and its module version. */
final class AttemptViews {
  /**
   * Rendered texts by their Markdown. Module texts never change within a version and there are few
   * of them, so each is parsed and sanitized once instead of on every step of every manager.
   */
  private static final Map<String, String> RENDERED = new ConcurrentHashMap<>();

  private static final int MAX_RENDERED = 20_000;

  private AttemptViews() {}

  private static String html(String markdown) {
    if (markdown == null) {
      return "";
    }
    if (RENDERED.size() > MAX_RENDERED) {
      RENDERED.clear();
    }
    return RENDERED.computeIfAbsent(markdown, SafeMarkdown::toHtml);
  }

  static AttemptView of(Played played) {
    Attempt attempt = played.attempt();
    Module module = played.module();
    List<Journey.Leg> legs = Journey.replay(module, attempt.steps());
    Journey.Leg last = legs.get(legs.size() - 1);
    Node current = module.node(attempt.currentNode()).orElseThrow();
    Progress progress = Progress.of(module, attempt.currentNode(), legs.size() - 1);
    return new AttemptView(
        attempt.id(),
        module.id(),
        module.title(),
        played.version(),
        attempt.status().name(),
        attempt.mode().name(),
        attempt.stepCount(),
        attempt.canGoBack(module, legs),
        new AttemptView.ProgressView(
            progress.percent(), progress.stepsTaken(), progress.stepsLeftAtLeast()),
        new AttemptView.Intro(
            module.title(), module.summary(), module.minutes(), module.objectives()),
        current instanceof Scene scene
            ? sceneView(module, attempt.id(), scene, last.position().variables())
            : null,
        last.choice() == null ? null : feedback(last.choice(), attempt.coachingVisible()),
        current instanceof Ending ending
            ? endingView(ending, module, attempt, last.position().variables())
            : null,
        legs.stream().skip(1).map(leg -> pathStep(module, leg, attempt.coachingVisible())).toList(),
        attempt.reflection().orElse(null),
        played.grade() == null
            ? null
            : new AttemptView.GradeView(
                played.grade().score(),
                played.grade().maximum(),
                played.grade().policy().name(),
                played.grade().completions(),
                played.grade().sentToLms()),
        played.previousPlan() == null
            ? null
            : new AttemptView.PreviousPlanView(
                played.previousPlan().moduleTitle(),
                played.previousPlan().text(),
                played.previousPlan().writtenAt()),
        attempt.actionPlan().orElse(null));
  }

  private static AttemptView.SceneView sceneView(
      Module module, long attemptId, Scene scene, Variables variables) {
    return new AttemptView.SceneView(
        scene.id(),
        scene.title(),
        scene.speaker(),
        html(scene.text()),
        scene.media() == null
            ? null
            : new AttemptView.Media(scene.media().src(), scene.media().alt()),
        ChoiceOrder.forAttempt(module, attemptId, scene.id(), scene.offeredChoices(variables))
            .stream()
            .map(choice -> new AttemptView.ChoiceView(choice.id(), choice.text()))
            .toList(),
        scene.resources().stream()
            .map(resource -> new AttemptView.ResourceView(resource.title(), html(resource.text())))
            .toList());
  }

  /** The coaching only where the attempt's mode allows it yet (see {@link AttemptView}). */
  private static AttemptView.Feedback feedback(Choice choice, boolean coaching) {
    return new AttemptView.Feedback(
        choice.text(), html(choice.consequence()), coaching ? html(choice.coaching()) : null);
  }

  private static AttemptView.EndingView endingView(
      Ending ending, Module module, Attempt attempt, Variables variables) {
    return new AttemptView.EndingView(
        ending.id(),
        ending.title(),
        html(ending.debriefFor(variables)),
        ending.reflection(),
        attempt.score().orElse(0),
        module.scoring().maximum(),
        module.scoring().passing(),
        attempt.passed().orElse(false));
  }

  private static AttemptView.PathStep pathStep(Module module, Journey.Leg leg, boolean coaching) {
    String sceneTitle = module.scene(leg.fromNode()).map(Scene::title).orElse(null);
    return new AttemptView.PathStep(
        sceneTitle,
        leg.choice().text(),
        html(leg.choice().consequence()),
        coaching ? html(leg.choice().coaching()) : null);
  }
}
