package com.firstline.scenario.boundary;

import com.firstline.platform.errors.Problem;
import com.firstline.platform.errors.ProblemException;
import com.firstline.platform.web.BodyWithoutSession;
import com.firstline.scenario.analysis.PathReport;
import com.firstline.scenario.format.ModuleCheck;
import com.firstline.scenario.format.ModuleReport;
import com.firstline.scenario.model.Module;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Checks a module file like a linter: writes nothing and needs no sign-in, so that a trainer's
 * editor or a CI job can call it.
 */
@BodyWithoutSession
@Path("content/validate")
@RequestScoped
public class ContentValidationResource {
  private static final Pattern ID_LINE = Pattern.compile("(?m)^id:\\s*['\"]?([a-z0-9-]+)");

  /**
   * Errors (and warnings) listed in one answer; the rest are counted. A file can hold thousands of
   * mistakes, and an answer that lists them all is bigger than the request by orders of magnitude.
   */
  static final int MAX_LISTED = 100;

  /** The longest file name echoed (once, in the detail). */
  static final int MAX_FILE_NAME_CHARS = 120;

  @Inject
  @ConfigProperty(name = "content.max-bytes", defaultValue = "262144")
  int maxBytes;

  /**
   * The answer for a valid file: what it is, what the author should weigh, and what playing every
   * path showed.
   */
  public record Valid(
      boolean valid,
      String id,
      String title,
      int nodes,
      String contentHash,
      List<Problem.InputError> warnings,
      PathReport paths) {}

  @POST
  @Consumes({
    "application/yaml",
    "application/x-yaml",
    "text/yaml",
    "text/x-yaml",
    MediaType.TEXT_PLAIN,
    MediaType.APPLICATION_OCTET_STREAM
  })
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Check a module file (YAML body) without saving it")
  public Valid validate(InputStream body, @QueryParam("file") String fileName) throws IOException {
    byte[] bytes = body.readNBytes(maxBytes + 1);
    if (bytes.length > maxBytes) {
      throw new ProblemException(
          413,
          Problem.titleFor(413),
          "A module file may be at most " + maxBytes + " bytes; split the scenario instead.");
    }
    String text = new String(bytes, StandardCharsets.UTF_8);
    String name = ContentErrors.cut(nameFor(fileName, text), MAX_FILE_NAME_CHARS);
    ModuleReport report = ModuleCheck.check(name, text);
    if (!report.isValid()) {
      throw new ProblemException(
          Problem.of(422, "Invalid module", summary(report.errors().size(), name))
              .withErrors(ContentErrors.bounded(report.errors(), MAX_LISTED)));
    }
    Module module = report.module().orElseThrow();
    return new Valid(
        true,
        module.id(),
        module.title(),
        module.nodes().size(),
        report.contentHash(),
        ContentErrors.bounded(report.warnings(), MAX_LISTED),
        report.paths().orElseThrow());
  }

  /** How many errors the file has, and how many of them the answer leaves out. */
  static String summary(int errors, String file) {
    String found = errors + " error(s) in " + file + ".";
    return errors <= MAX_LISTED
        ? found
        : found
            + " The first "
            + MAX_LISTED
            + " are listed; "
            + (errors - MAX_LISTED)
            + " more are not.";
  }

  /** Without a file name, the file is checked as if it were named after the id it declares. */
  private static String nameFor(String fileName, String text) {
    if (fileName != null && !fileName.isBlank()) {
      return fileName;
    }
    Matcher id = ID_LINE.matcher(text);
    return id.find() ? id.group(1) + ".yaml" : "module.yaml";
  }
}
