package com.firstline.engagement.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class StaggeredDidTest {
  private static final int WAVES = 8;

  private static ProgramEffect estimate(List<TeamSeries> teams, long seed) {
    return new StaggeredDid(DidSettings.defaults(seed)).estimate(WAVES, teams);
  }

  @Test
  void recoversAPlantedEffectInsideItsInterval() {
    ProgramEffect effect =
        estimate(SyntheticOrg.teams(400).waves(WAVES).effect(4).seed(11).build(), 7);

    assertTrue(effect.estimable());
    assertTrue(effect.low() <= 4 && 4 <= effect.high(), () -> "interval misses 4: " + effect);
    assertFalse(
        effect.intervalCoversZero(), () -> "a 4-point effect should be detected: " + effect);
    assertFalse(effect.preTrendFlagged(), () -> "no trend was planted: " + effect);
  }

  @Test
  void nullDataGivesAnIntervalThatCoversZero() {
    ProgramEffect effect =
        estimate(SyntheticOrg.teams(300).waves(WAVES).effect(0).seed(23).build(), 3);

    assertTrue(effect.intervalCoversZero(), () -> "no effect was planted: " + effect);
    assertTrue(effect.minimumDetectableEffect() > 0);
    assertEquals(
        2.8, effect.minimumDetectableEffect() / effect.standardError(), 0.01, "MDE is 2.8 SE");
  }

  @Test
  void flagsAPlantedPreTrend() {
    ProgramEffect effect =
        estimate(
            SyntheticOrg.teams(400)
                .waves(WAVES)
                .effect(0)
                .preTrend(-2)
                .treatedShare(0.4)
                .seed(5)
                .build(),
            9);

    assertTrue(effect.preTrendFlagged(), () -> "a trend was planted: " + effect.eventStudy());
    assertTrue(effect.preTrendPValue() < 0.05, () -> "joint test p " + effect.preTrendPValue());
    assertTrue(
        effect.eventStudy().stream()
                .filter(p -> p.relativeWave() < 0)
                .mapToDouble(ProgramEffect.EventPoint::estimate)
                .average()
                .orElseThrow()
            < 0,
        "the planted decline shows in the waves before completion");
  }

  @Test
  void theSameSeedGivesTheSameIntervalAndAnotherSeedAnother() {
    List<TeamSeries> teams = SyntheticOrg.teams(200).waves(WAVES).effect(2).seed(41).build();

    ProgramEffect first = estimate(teams, 99);
    ProgramEffect again = estimate(teams, 99);
    ProgramEffect other = estimate(teams, 100);

    assertEquals(first.low(), again.low());
    assertEquals(first.high(), again.high());
    assertEquals(first.eventStudy(), again.eventStudy());
    assertEquals(first.estimate(), other.estimate(), "the estimate itself does not depend on it");
    assertTrue(first.low() != other.low() || first.high() != other.high());
  }

  @Test
  void aTeamTreatedBeforeTheFirstWaveIsLeftOutAndCountsAreReported() {
    List<TeamSeries> teams =
        new java.util.ArrayList<>(SyntheticOrg.teams(100).waves(WAVES).effect(3).seed(2).build());
    int before = estimate(teams, 1).counts().treatedTeams();
    teams.add(new TeamSeries("early", 0, new double[WAVES], filled(WAVES, 10)));

    ProgramEffect effect = estimate(teams, 1);

    assertEquals(before, effect.counts().treatedTeams());
    assertTrue(effect.counts().comparisonTeams() > 0);
    assertTrue(effect.counts().respondents() > 0);
    assertEquals(WAVES, effect.counts().waves());
  }

  @Test
  void neverTreatedControlsAlsoRecoverTheEffect() {
    List<TeamSeries> teams = SyntheticOrg.teams(400).waves(WAVES).effect(4).seed(13).build();
    DidSettings settings =
        new DidSettings(DidSettings.Control.NEVER_TREATED, DidSettings.Weighting.TEAMS, 500, 8);

    ProgramEffect effect = new StaggeredDid(settings).estimate(WAVES, teams);

    assertTrue(effect.low() <= 4 && 4 <= effect.high(), () -> "interval misses 4: " + effect);
  }

  @Test
  void tooFewTeamsAreNotEstimated() {
    List<TeamSeries> teams = SyntheticOrg.teams(3).waves(WAVES).treatedShare(0.5).seed(4).build();

    ProgramEffect effect = estimate(teams, 1);

    assertFalse(effect.estimable());
    assertTrue(effect.reason().contains("Too few teams"));
  }

  @Test
  void aMissingWaveDropsOutOfItsComparisonsOnly() {
    List<TeamSeries> teams = SyntheticOrg.teams(300).waves(WAVES).effect(4).seed(17).build();
    List<TeamSeries> holes =
        teams.stream()
            .map(
                t -> {
                  double[] score = new double[WAVES];
                  int[] n = new int[WAVES];
                  for (int w = 0; w < WAVES; w++) {
                    score[w] = (w + t.unitId().length()) % 5 == 0 ? Double.NaN : t.score(w);
                    n[w] = t.respondents(w);
                  }
                  return new TeamSeries(t.unitId(), t.cohort(), score, n);
                })
            .toList();

    ProgramEffect effect = estimate(holes, 5);

    assertTrue(effect.estimable());
    assertTrue(effect.low() <= 4 && 4 <= effect.high(), () -> "interval misses 4: " + effect);
  }

  private static int[] filled(int length, int value) {
    int[] values = new int[length];
    java.util.Arrays.fill(values, value);
    return values;
  }
}
