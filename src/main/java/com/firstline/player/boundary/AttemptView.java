package com.firstline.player.boundary;

import java.util.List;

/**
 * What the player page shows of an attempt. Fields ending in {@code Html} hold Markdown already
 * rendered and sanitized on the server; every other text is plain and must be inserted as text.
 */
public record AttemptView(
    long id,
    String moduleId,
    String moduleTitle,
    int version,
    String status,
    int step,
    boolean canGoBack,
    ProgressView progress,
    Intro intro,
    SceneView scene,
    Feedback lastFeedback,
    EndingView ending,
    List<PathStep> path,
    String reflection,
    GradeView grade) {

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
