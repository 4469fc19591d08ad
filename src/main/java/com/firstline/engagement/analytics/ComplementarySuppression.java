package com.firstline.engagement.analytics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Hides enough of a total and its parts that no hidden part can be found by subtraction. When a
 * total is shown with its parts, the parts hidden for being small must together hold at least k
 * respondents and be at least two; otherwise the smallest visible parts are hidden too, and when no
 * part is left to hide, the total is. Respondents of the total not in any part (a department's own
 * direct reports, say) count as one more part.
 */
public final class ComplementarySuppression {
  private final Privacy privacy;

  public ComplementarySuppression(Privacy privacy) {
    this.privacy = privacy;
  }

  /** A part of a total: a team's respondents at one wave. */
  public record Part(String id, int respondents) {}

  /** What may be shown: the parts' ids left visible, and whether the total is. */
  public record Outcome(Set<String> visibleParts, boolean totalVisible) {}

  public Outcome apply(int totalRespondents, List<Part> parts) {
    List<Part> all = new ArrayList<>(parts);
    int inParts = parts.stream().mapToInt(Part::respondents).sum();
    String remainder = "\u0000remainder";
    if (totalRespondents > inParts) {
      all.add(new Part(remainder, totalRespondents - inParts));
    }
    List<Part> hidden = new ArrayList<>();
    List<Part> visible = new ArrayList<>();
    for (Part part : all) {
      (privacy.reportable(part.respondents()) ? visible : hidden).add(part);
    }
    visible.sort(Comparator.comparingInt(Part::respondents));
    boolean totalVisible = privacy.reportable(totalRespondents);
    while (!hidden.isEmpty() && totalVisible && !safe(hidden)) {
      if (visible.isEmpty()) {
        totalVisible = false;
      } else {
        hidden.add(visible.remove(0));
      }
    }
    Set<String> shown = new LinkedHashSet<>();
    for (Part part : visible) {
      if (!part.id().equals(remainder)) {
        shown.add(part.id());
      }
    }
    return new Outcome(shown, totalVisible);
  }

  private boolean safe(List<Part> hidden) {
    return hidden.size() >= 2
        && privacy.reportable(hidden.stream().mapToInt(Part::respondents).sum());
  }
}
