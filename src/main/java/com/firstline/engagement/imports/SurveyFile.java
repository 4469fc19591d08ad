package com.firstline.engagement.imports;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Survey results in either shape, told apart by the header: team level ({@code survey, wave_date,
 * team_id, invited, responded, engagement}, optional {@code enps} and {@code q_<item>} as
 * favourability 0–100), or response level ({@code survey, wave_date, team_id, respondent_id,
 * q_<item>...} on a 1–5 scale, optional {@code enps_score} 0–10). Response rows are tallied into
 * team-wave aggregates as they are read: favourability (% of answers 4–5) per item, engagement as
 * the mean of the items' favourability, the mean answer, eNPS (% 9–10 minus % 0–6) and the number
 * of respondents. Respondent ids are kept only as hashes, to find duplicates.
 */
public final class SurveyFile {
  private static final List<String> BOTH = List.of("survey", "wave_date", "team_id");
  private static final List<String> TEAM_LEVEL = List.of("invited", "responded", "engagement");

  private SurveyFile() {}

  /** Which shape a file had. */
  public enum Shape {
    TEAM,
    RESPONSE
  }

  /** One survey's wave. */
  public record Wave(String survey, LocalDate date) {}

  /** A team's aggregate at one wave. */
  public record TeamWave(
      Integer invited,
      int respondents,
      Double engagement,
      Double meanScore,
      Double enps,
      Map<String, Double> items) {}

  /** What a file held: its shape and every wave's team aggregates. */
  public record Results(Shape shape, Map<Wave, Map<String, TeamWave>> waves, long rows) {}

  /**
   * Reads the whole file; the result is only to be used when {@code problems} stays empty.
   *
   * @param knownTeams team ids of the organisation; others are reported
   */
  public static Results read(
      Reader reader, Set<String> knownTeams, RowProblems problems, Progress progress) {
    try (CSVParser parser = CsvFiles.open(reader)) {
      List<String> header =
          parser.getHeaderNames().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
      if (!CsvFiles.hasColumns(parser, BOTH, problems)) {
        return new Results(Shape.TEAM, Map.of(), 0);
      }
      List<String> items =
          header.stream().filter(h -> h.startsWith("q_") && h.length() > 2).toList();
      if (header.contains("respondent_id")) {
        return readResponses(
            parser, items, header.contains("enps_score"), knownTeams, problems, progress);
      }
      if (!CsvFiles.hasColumns(parser, TEAM_LEVEL, problems)) {
        return new Results(Shape.TEAM, Map.of(), 0);
      }
      return readTeams(parser, items, knownTeams, problems, progress);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (UncheckedIOException e) {
      problems.add(-1, null, "the file is not valid CSV: " + e.getCause().getMessage());
      return new Results(Shape.TEAM, Map.of(), 0);
    }
  }

  private static Results readTeams(
      CSVParser parser,
      List<String> items,
      Set<String> knownTeams,
      RowProblems problems,
      Progress progress) {
    Map<Wave, Map<String, TeamWave>> waves = new LinkedHashMap<>();
    Map<String, Long> seen = new HashMap<>();
    long rows = 0;
    for (CSVRecord record : parser) {
      rows++;
      Cells cells = new Cells(record, problems);
      Wave wave = wave(cells);
      String team = team(cells, knownTeams);
      Integer invited = cells.integer("invited", true, 0, 10_000_000);
      Integer responded = cells.integer("responded", true, 0, 10_000_000);
      Double engagement = cells.decimal("engagement", true, 0, 100);
      Double enps = cells.decimal("enps", false, -100, 100);
      Map<String, Double> favourability = new TreeMap<>();
      for (String item : items) {
        Double value = cells.decimal(item, false, 0, 100);
        if (value != null) {
          favourability.put(item.substring(2), value);
        }
      }
      if (invited != null && responded != null && responded > invited) {
        cells.problem(
            "responded", "responded (" + responded + ") is more than invited (" + invited + ")");
      }
      if (wave != null && team != null) {
        Long earlier =
            seen.putIfAbsent(
                wave.survey() + "\u0000" + wave.date() + "\u0000" + team, cells.line());
        if (earlier != null) {
          cells.problem(
              "team_id", "team '" + team + "' already has a row for this wave on line " + earlier);
        }
      }
      if (!cells.bad()) {
        waves
            .computeIfAbsent(wave, w -> new LinkedHashMap<>())
            .put(team, new TeamWave(invited, responded, engagement, null, enps, favourability));
      }
      progress.rowRead(record.getCharacterPosition());
    }
    return new Results(Shape.TEAM, waves, rows);
  }

  private static Results readResponses(
      CSVParser parser,
      List<String> items,
      boolean hasEnps,
      Set<String> knownTeams,
      RowProblems problems,
      Progress progress) {
    Map<Wave, Map<String, Tally>> tallies = new LinkedHashMap<>();
    LongSet respondents = new LongSet();
    long rows = 0;
    int[] answers = new int[items.size()];
    for (CSVRecord record : parser) {
      rows++;
      Cells cells = new Cells(record, problems);
      Wave wave = wave(cells);
      String team = team(cells, knownTeams);
      String respondent = cells.required("respondent_id", 255);
      for (int i = 0; i < items.size(); i++) {
        Integer answer = cells.integer(items.get(i), false, 1, 5);
        answers[i] = answer == null ? 0 : answer;
      }
      Integer enps = hasEnps ? cells.integer("enps_score", false, 0, 10) : null;
      if (wave != null
          && respondent != null
          && !respondents.add(
              hash(wave.survey() + "\u0000" + wave.date() + "\u0000" + respondent))) {
        cells.problem(
            "respondent_id", "respondent '" + respondent + "' already answered this wave");
      }
      if (!cells.bad()) {
        tallies
            .computeIfAbsent(wave, w -> new HashMap<>())
            .computeIfAbsent(team, t -> new Tally(items.size()))
            .add(answers, enps);
      }
      progress.rowRead(record.getCharacterPosition());
    }
    Map<Wave, Map<String, TeamWave>> waves = new LinkedHashMap<>();
    tallies.forEach(
        (wave, teams) -> {
          Map<String, TeamWave> aggregates = new TreeMap<>();
          teams.forEach((team, tally) -> aggregates.put(team, tally.aggregate(items)));
          waves.put(wave, aggregates);
        });
    return new Results(Shape.RESPONSE, waves, rows);
  }

  private static Wave wave(Cells cells) {
    String survey = cells.required("survey", 200);
    LocalDate date = cells.date("wave_date");
    return survey == null || date == null ? null : new Wave(survey, date);
  }

  private static String team(Cells cells, Set<String> knownTeams) {
    String team = cells.required("team_id", 100);
    if (team != null && !knownTeams.contains(team)) {
      cells.problem("team_id", "unknown team '" + team + "' (import the organisation first)");
      return null;
    }
    return team;
  }

  /** A 64-bit FNV-1a hash: a respondent id is kept only as this, only while the file is read. */
  private static long hash(String text) {
    long h = 0xcbf29ce484222325L;
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      h ^= b;
      h *= 0x100000001b3L;
    }
    return h;
  }

  /** Counts for one team at one wave, added to as each response passes. */
  private static final class Tally {
    private final int[] answered;
    private final int[] favourable;
    private final long[] sum;
    private int respondents;
    private int enpsAnswers;
    private int promoters;
    private int detractors;

    Tally(int items) {
      answered = new int[items];
      favourable = new int[items];
      sum = new long[items];
    }

    void add(int[] answers, Integer enps) {
      respondents++;
      for (int i = 0; i < answers.length; i++) {
        if (answers[i] > 0) {
          answered[i]++;
          sum[i] += answers[i];
          favourable[i] += answers[i] >= 4 ? 1 : 0;
        }
      }
      if (enps != null) {
        enpsAnswers++;
        promoters += enps >= 9 ? 1 : 0;
        detractors += enps <= 6 ? 1 : 0;
      }
    }

    TeamWave aggregate(List<String> items) {
      Map<String, Double> favourability = new TreeMap<>();
      long allAnswers = 0;
      long allSum = 0;
      for (int i = 0; i < answered.length; i++) {
        if (answered[i] > 0) {
          favourability.put(items.get(i).substring(2), 100.0 * favourable[i] / answered[i]);
          allAnswers += answered[i];
          allSum += sum[i];
        }
      }
      Double engagement =
          favourability.isEmpty()
              ? null
              : favourability.values().stream()
                  .mapToDouble(Double::doubleValue)
                  .average()
                  .orElseThrow();
      Double mean = allAnswers == 0 ? null : (double) allSum / allAnswers;
      Double enps = enpsAnswers == 0 ? null : 100.0 * (promoters - detractors) / enpsAnswers;
      return new TeamWave(null, respondents, engagement, mean, enps, favourability);
    }
  }
}
