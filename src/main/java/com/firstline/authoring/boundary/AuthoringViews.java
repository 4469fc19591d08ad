package com.firstline.authoring.boundary;

import com.firstline.authoring.control.Drafts;
import com.firstline.authoring.control.ModuleDocument;
import com.firstline.platform.errors.Problem;
import com.firstline.scenario.entity.ModuleVersion;
import com.firstline.scenario.format.ContentError;
import java.util.List;
import java.util.Map;

/** The authoring API's answers: records built from the drafts and versions, never entities. */
public final class AuthoringViews {
  private AuthoringViews() {}

  /** A module in the catalog; {@code firstError} is null when it is valid. */
  public record CatalogEntry(
      String id,
      String title,
      String state,
      Integer latestVersion,
      String publishedFrom,
      boolean hasDraft,
      boolean changedSincePublished,
      Problem.InputError firstError) {}

  /** The draft with its check: {@code errors} point at nodes ({@code node}) and fields. */
  public record DraftView(
      String moduleId,
      int revision,
      Map<String, Object> document,
      boolean valid,
      List<Problem.InputError> errors,
      Integer latestVersion,
      boolean changedSincePublished,
      String updatedAt) {}

  public record VersionView(
      int version, long versionId, String title, String publishedAt, String publishedFrom) {}

  public record Published(String moduleId, int version, long versionId) {}

  public record Rendered(String html) {}

  static CatalogEntry entry(Drafts.Entry entry) {
    String state =
        !entry.valid()
            ? "invalid"
            : entry.latestVersion() == null
                ? "draft"
                : entry.changedSincePublished() ? "draft" : "published";
    return new CatalogEntry(
        entry.moduleId(),
        entry.title(),
        state,
        entry.latestVersion(),
        entry.publishedFrom(),
        entry.hasDraft(),
        entry.changedSincePublished(),
        entry.firstError() == null ? null : inputError(entry.firstError()));
  }

  static DraftView draft(Drafts.DraftState state) {
    return new DraftView(
        state.moduleId(),
        state.revision(),
        ModuleDocument.toMap(state.document()),
        state.report().isValid(),
        inputErrors(state.report().errors()),
        state.latestVersion(),
        state.changedSincePublished(),
        state.updatedAt() == null ? null : state.updatedAt().toString());
  }

  static VersionView version(ModuleVersion version) {
    return new VersionView(
        version.version(),
        version.id(),
        version.title(),
        version.importedAt().toString(),
        version.publishedFrom());
  }

  static List<Problem.InputError> inputErrors(List<ContentError> errors) {
    return errors.stream().map(AuthoringViews::inputError).toList();
  }

  private static Problem.InputError inputError(ContentError e) {
    return new Problem.InputError(
        e.file(), e.line(), e.column(), e.nodeId(), e.field(), e.message());
  }
}
