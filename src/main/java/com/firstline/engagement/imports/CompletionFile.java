package com.firstline.engagement.imports;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Completions from before Firstline or outside it: {@code employee_id, email, module_id,
 * completed_at, passed, score}; a row names the person by employee id, email or both.
 */
public final class CompletionFile {
  private static final List<String> REQUIRED =
      List.of("employee_id", "email", "module_id", "completed_at", "passed");

  private CompletionFile() {}

  /** One imported completion; the email lower-cased. */
  public record Completion(
      String employeeId,
      String email,
      String moduleId,
      Instant completedAt,
      boolean passed,
      Integer score) {}

  public static List<Completion> read(Reader reader, RowProblems problems, Progress progress) {
    List<Completion> completions = new ArrayList<>();
    try (CSVParser parser = CsvFiles.open(reader)) {
      if (!CsvFiles.hasColumns(parser, REQUIRED, problems)) {
        return List.of();
      }
      for (CSVRecord record : parser) {
        Cells cells = new Cells(record, problems);
        String employeeId = cells.optional("employee_id");
        String email = cells.email("email");
        if (employeeId == null && email == null && cells.optional("email") == null) {
          cells.problem("employee_id", "neither employee_id nor email is given");
        } else if (employeeId != null && employeeId.length() > 255) {
          cells.problem("employee_id", "is longer than 255 characters");
        }
        String module = cells.required("module_id", 100);
        Instant completedAt = cells.instant("completed_at");
        Boolean passed = cells.bool("passed");
        Integer score = cells.integer("score", false, 0, 1_000_000);
        if (!cells.bad()) {
          completions.add(new Completion(employeeId, email, module, completedAt, passed, score));
        }
        progress.rowRead(record.getCharacterPosition());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (UncheckedIOException e) {
      problems.add(-1, null, "the file is not valid CSV: " + e.getCause().getMessage());
      return List.of();
    }
    return completions;
  }
}
