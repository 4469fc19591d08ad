package com.firstline.scenario.analysis;

import java.util.List;

/**
 * What playing every path through one module showed.
 *
 * @param paths the complete paths played (from the start to an ending)
 * @param complete false when the module has more paths than the analysis plays; then figures cover
 *     only the paths played and nothing is reported as unreachable
 * @param endings every ending in file order, with how the paths that reach it score
 * @param decisions scenes offering more than one choice on some path
 * @param longestIsBest of those, the ones whose best choice is also the longest text
 * @param shortestMinutes reading time of the quickest path, rounded to a tenth
 * @param longestMinutes reading time of the slowest path, rounded to a tenth
 * @param findings errors and warnings, errors first
 */
public record PathReport(
    int paths,
    boolean complete,
    List<EndingReport> endings,
    int decisions,
    int longestIsBest,
    double shortestMinutes,
    double longestMinutes,
    List<Finding> findings) {

  public PathReport {
    endings = List.copyOf(endings);
    findings = List.copyOf(findings);
  }

  /**
   * How the paths reaching one ending score.
   *
   * @param paths how many paths end here (0: unreachable)
   * @param lowestScore the lowest score on those paths (0 when none)
   * @param highestScore the highest score on those paths (0 when none)
   * @param passing how many of those paths pass
   */
  public record EndingReport(
      String id, String title, int paths, int lowestScore, int highestScore, int passing) {

    /** Share of the paths ending here that pass, 0..1; 0 when none end here. */
    public double passShare() {
      return paths == 0 ? 0 : (double) passing / paths;
    }
  }

  public List<Finding> errors() {
    return findings.stream().filter(f -> f.severity() == Finding.Severity.ERROR).toList();
  }

  public List<Finding> warnings() {
    return findings.stream().filter(f -> f.severity() == Finding.Severity.WARNING).toList();
  }
}
