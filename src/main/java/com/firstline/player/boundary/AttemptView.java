package com.firstline.player.boundary;

import java.time.Instant;
import java.util.List;

/**
 * What the player page shows of an attempt. Fields ending in {@code Html} hold Markdown already
 * rendered and sanitized on the server; every other text is plain and must be inserted as text.
 *
 * <p>In an {@code ASSESSMENT} attempt the coaching of the choices ({@code coachingHtml} of {@code
 * lastFeedback} and of every {@code path} step) is null until the attempt is completed: it is not
 * sent before the ending, not merely hidden by the page.
 *
 * @param mode {@code PRACTICE} or {@code ASSESSMENT}, fixed when the attempt began
 * @param previousPlan at the start of an attempt, the action plan the manager wrote last time
 * @param actionPlan the action plan written at this attempt's ending, or null
 */
public record AttemptView(
    long id,
    String moduleId,
    String moduleTitle,
    int version,
    String status,
    String mode,
    int step,
    boolean canGoBack,
    ProgressView progress,
    Intro intro,
    SceneView scene,
    Feedback lastFeedback,
    EndingView ending,
    List<PathStep> path,
    String reflection,
    GradeView grade,
    PreviousPlanView previousPlan,
    String actionPlan) {

  /** The plan written at the end of the manager's previous module, and where. */
  public record PreviousPlanView(String moduleTitle, String text, Instant writtenAt) {}

  /**
   * The manager's grade for the module in their course (once an attempt is completed): the figure
   * their LMS gradebook shows, chosen by {@code policy} ("BEST" or "LATEST") from {@code
   * completions} completed attempts.
   */
  public record GradeView(
      int score, int maximum, String policy, int completions, boolean sentToLms) {}

  public record ProgressView(int percent, int stepsTaken, int stepsLeftAtLeast) {}

  public record Intro(String title, String summary, int minutes, List<String> objectives) {}

  public record SceneView(
      String id,
      String title,
      String speaker,
      String html,
      Media media,
      List<ChoiceView> choices,
      List<ResourceView> resources) {}

  /** A card of facts the manager may open: the policy, the rota, the customer's history. */
  public record ResourceView(String title, String html) {}

  public record Media(String src, String alt) {}

  public record ChoiceView(String id, String text) {}

  public record Feedback(String choiceText, String consequenceHtml, String coachingHtml) {}

  public record EndingView(
      String id,
      String title,
      String debriefHtml,
      String reflectionPrompt,
      int score,
      int maximum,
      int passing,
      boolean passed) {}

  public record PathStep(
      String sceneTitle, String choiceText, String consequenceHtml, String coachingHtml) {}
}
