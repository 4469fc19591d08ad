package com.firstline.engagement.control;

import com.firstline.engagement.imports.CompletionFile;
import com.firstline.engagement.imports.OrgFile;
import com.firstline.engagement.imports.Progress;
import com.firstline.engagement.imports.RowProblems;
import com.firstline.engagement.imports.SurveyFile;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs imports. The upload is copied to a temporary file as it arrives, then read in the background
 * one row at a time, with the rows read and the share of the file done written every few thousand
 * rows so a page can show progress (and be left and come back to). A file with any bad row writes
 * nothing; a good one is written in one transaction. The temporary file is deleted either way.
 */
@ApplicationScoped
public class Imports {
  private static final Logger LOG = Logger.getLogger(Imports.class.getName());
  private static final int PROGRESS_EVERY = 5000;

  /** What a file holds. */
  public enum Kind {
    ORG,
    SURVEY,
    COMPLETIONS
  }

  @Inject ImportStore store;
  @Inject ImportWriter writer;

  @Resource ManagedExecutorService executor;

  /** Copies the upload and starts reading it; answers the import's id at once. */
  public long start(Kind kind, String fileName, LocalDate asOf, InputStream upload, long by) {
    Path file;
    try {
      file = Files.createTempFile("engagement-import-", ".csv");
      Files.copy(upload, file, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    long size = file.toFile().length();
    long id = store.startImport(kind.name().toLowerCase(java.util.Locale.ROOT), fileName, size, by);
    executor.execute(() -> run(id, kind, asOf, file, size));
    return id;
  }

  /** Reads and writes one file now, in the calling thread (sample data, tests of the runner). */
  void run(long id, Kind kind, LocalDate asOf, Path file, long size) {
    RowProblems problems = new RowProblems();
    long[] rows = {0};
    Progress progress =
        position -> {
          if (++rows[0] % PROGRESS_EVERY == 0) {
            // Characters approximate bytes well enough for a progress bar.
            store.importProgress(id, rows[0], Math.min(size, position));
          }
        };
    try (Reader reader =
        new BufferedReader(Files.newBufferedReader(file, StandardCharsets.UTF_8), 1 << 16)) {
      String summary;
      switch (kind) {
        case ORG -> {
          List<OrgFile.Team> teams = OrgFile.read(reader, problems, progress);
          summary = problems.any() ? null : writer.org(asOf, teams);
        }
        case SURVEY -> {
          SurveyFile.Results results =
              SurveyFile.read(reader, store.knownTeamIds(), problems, progress);
          summary = problems.any() ? null : writer.survey(results);
        }
        case COMPLETIONS -> {
          List<CompletionFile.Completion> completions =
              CompletionFile.read(reader, problems, progress);
          summary = problems.any() ? null : writer.completions(completions);
        }
        default -> throw new IllegalArgumentException(kind.name());
      }
      if (problems.any()) {
        store.finishImport(
            id,
            "failed",
            rows[0],
            (int) Math.min(Integer.MAX_VALUE, problems.total()),
            json(problems),
            problems.total()
                + " bad rows: nothing was imported. Fix them and import the file again.");
      } else {
        store.finishImport(id, "done", rows[0], 0, null, summary);
      }
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "Import " + id + " failed", e);
      store.finishImport(
          id, "failed", rows[0], 0, null, "The import stopped: nothing was imported.");
    } finally {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        LOG.log(Level.WARNING, "Could not delete " + file, e);
      }
    }
  }

  static String json(RowProblems problems) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    for (RowProblems.Problem p : problems.first()) {
      var item = Json.createObjectBuilder().add("line", p.line()).add("reason", p.reason());
      if (p.column() != null) {
        item.add("column", p.column());
      }
      array.add(item);
    }
    return array.build().toString();
  }
}
