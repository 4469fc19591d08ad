package com.firstline.authoring.control;

import com.firstline.authoring.entity.Draft;
import com.firstline.platform.db.EntityReads;
import com.firstline.scenario.control.ModuleCatalog;
import com.firstline.scenario.control.ModuleVersions;
import com.firstline.scenario.control.VersionedModule;
import com.firstline.scenario.entity.ModuleVersion;
import com.firstline.scenario.format.ContentError;
import com.firstline.scenario.format.ModuleCheck;
import com.firstline.scenario.format.ModuleReport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Drafts and their life cycle: begun blank, as a copy, from an imported file or from the published
 * version; saved against the revision they were based on; checked by the same {@link ModuleCheck}
 * as files; published through the catalog as the next immutable version.
 */
@ApplicationScoped
@Transactional
public class Drafts {
  private static final Pattern MODULE_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  @PersistenceContext(unitName = "firstline")
  EntityManager em;

  @Inject ModuleCatalog catalog;
  @Inject ModuleVersions versions;

  Clock clock = Clock.systemUTC();

  /**
   * A draft as the editor sees it.
   *
   * @param revision 0 while the module has no saved draft (it then shows the newest version)
   * @param latestVersion the newest published version, or null
   * @param changedSincePublished whether publishing would make a new version
   */
  public record DraftState(
      String moduleId,
      int revision,
      ObjectNode document,
      ModuleReport report,
      Integer latestVersion,
      boolean changedSincePublished,
      Instant updatedAt) {}

  /** A module in the authoring catalog, with the state a trainer needs at a glance. */
  public record Entry(
      String moduleId,
      String title,
      Integer latestVersion,
      String publishedFrom,
      boolean hasDraft,
      boolean changedSincePublished,
      boolean valid,
      ContentError firstError) {}

  /** A save, publish or import based on a revision that is no longer the draft's. */
  public static class StaleDraftException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StaleDraftException(String moduleId) {
      super("The draft of " + moduleId + " has changed since");
    }
  }

  /** A refusal the trainer can act on; the resource turns it into a problem document. */
  public static class RefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final transient List<ContentError> errors;

    RefusedException(int status, String message, List<ContentError> errors) {
      super(message);
      this.status = status;
      this.errors = List.copyOf(errors);
    }

    public int status() {
      return status;
    }

    public List<ContentError> errors() {
      return errors;
    }
  }

  public List<Entry> catalog() {
    Map<String, Entry> entries = new LinkedHashMap<>();
    // Two queries, not a UNION: the two columns have different collations.
    Set<String> ids =
        new TreeSet<>(
            em.createQuery("SELECT DISTINCT v.moduleId FROM ModuleVersion v", String.class)
                .getResultList());
    ids.addAll(em.createQuery("SELECT d.moduleId FROM Draft d", String.class).getResultList());
    for (String moduleId : ids) {
      DraftState state = draft(moduleId).orElseThrow();
      Optional<ModuleVersion> latest = versions.latest(moduleId);
      entries.put(
          moduleId,
          new Entry(
              moduleId,
              state.document().path("title").asString(moduleId),
              state.latestVersion(),
              latest.map(ModuleVersion::publishedFrom).orElse(null),
              state.revision() > 0,
              state.changedSincePublished(),
              state.report().isValid(),
              state.report().errors().isEmpty() ? null : state.report().errors().get(0)));
    }
    List<Entry> sorted = new ArrayList<>(entries.values());
    sorted.sort((a, b) -> a.title().compareToIgnoreCase(b.title()));
    return sorted;
  }

  /** The draft of a module, or the newest version as a draft not yet saved; empty if unknown. */
  public Optional<DraftState> draft(String moduleId) {
    Draft draft = EntityReads.find(em, Draft.class, moduleId).orElse(null);
    Optional<ModuleVersion> latest = versions.latest(moduleId);
    if (draft == null) {
      return latest.map(
          version ->
              state(
                  moduleId,
                  0,
                  ModuleDocument.fromYaml(version.sourceText()),
                  latest,
                  version.importedAt()));
    }
    return Optional.of(
        state(
            moduleId,
            draft.revision(),
            ModuleDocument.fromJson(draft.documentJson()),
            latest,
            draft.updatedAt()));
  }

  /** The check of a document the editor has not saved yet, against the saved draft. */
  public DraftState checked(DraftState saved, ObjectNode document) {
    return state(
        saved.moduleId(),
        saved.revision(),
        document,
        versions.latest(saved.moduleId()),
        saved.updatedAt());
  }

  /** Begins a new module, blank or as a copy of another module's draft. */
  public DraftState create(String moduleId, String title, String copyOf, long personId) {
    if (moduleId == null || moduleId.length() > 100 || !MODULE_ID.matcher(moduleId).matches()) {
      throw new RefusedException(
          400,
          "A module id is lower-case letters, digits and single hyphens, e.g."
              + " 'feedback-after-a-complaint'.",
          List.of());
    }
    if (title == null || title.isBlank()) {
      throw new RefusedException(400, "Give the module a title.", List.of());
    }
    if (draft(moduleId).isPresent()) {
      throw new RefusedException(
          409,
          "A module with the id '" + moduleId + "' exists already; pick another id.",
          List.of());
    }
    ObjectNode document;
    if (copyOf == null || copyOf.isBlank()) {
      document = ModuleDocument.blank(moduleId, title.strip());
    } else {
      ObjectNode source =
          draft(copyOf)
              .orElseThrow(
                  () ->
                      new RefusedException(404, "There is no module '" + copyOf + "'.", List.of()))
              .document();
      document = ModuleDocument.copyOf(source, moduleId, title.strip());
    }
    em.persist(Draft.begin(moduleId, ModuleDocument.toJson(document), personId, clock.instant()));
    em.flush();
    return draft(moduleId).orElseThrow();
  }

  /** Saves the editor's document over {@code basedOnRevision}. */
  public DraftState save(String moduleId, int basedOnRevision, ObjectNode document, long personId) {
    Draft draft =
        EntityReads.find(em, Draft.class, moduleId, LockModeType.PESSIMISTIC_WRITE).orElse(null);
    String json = ModuleDocument.toJson(document);
    if (draft == null) {
      if (basedOnRevision != 0 || versions.latest(moduleId).isEmpty()) {
        throw draft(moduleId).isPresent()
            ? new StaleDraftException(moduleId)
            : new RefusedException(404, "There is no module '" + moduleId + "'.", List.of());
      }
      em.persist(Draft.begin(moduleId, json, personId, clock.instant()));
      em.flush();
    } else if (!draft.save(json, basedOnRevision, personId, clock.instant())) {
      throw new StaleDraftException(moduleId);
    }
    return draft(moduleId).orElseThrow();
  }

  /** Replaces the draft with a module file, only when the file is valid. */
  public DraftState importYaml(String moduleId, int basedOnRevision, String text, long personId) {
    ModuleReport report = ModuleCheck.check(moduleId + ".yaml", text);
    if (!report.isValid()) {
      throw new RefusedException(
          422,
          report.errors().size() + " error(s) in the file; the draft was not changed.",
          report.errors());
    }
    return save(moduleId, basedOnRevision, ModuleDocument.fromYaml(text), personId);
  }

  /** Publishes the draft at {@code basedOnRevision} as the module's next version. */
  public VersionedModule publish(String moduleId, int basedOnRevision, long personId) {
    DraftState state =
        draft(moduleId)
            .orElseThrow(
                () ->
                    new RefusedException(404, "There is no module '" + moduleId + "'.", List.of()));
    if (state.revision() != basedOnRevision) {
      throw new StaleDraftException(moduleId);
    }
    if (!state.report().isValid()) {
      throw new RefusedException(
          422, "Fix the errors in the draft before publishing it.", state.report().errors());
    }
    if (!state.changedSincePublished()) {
      throw new RefusedException(
          409,
          "The draft is the same as version " + state.latestVersion() + ": nothing to publish.",
          List.of());
    }
    int next = state.latestVersion() == null ? 1 : state.latestVersion() + 1;
    String text =
        ModuleDocument.toYaml(
            state.document(),
            "Version " + next + " of " + moduleId + ", published in the Firstline editor.");
    return catalog.publishEdited(ModuleCheck.check(moduleId + ".yaml", text), text, personId);
  }

  public List<ModuleVersion> history(String moduleId) {
    return versions.allOf(moduleId);
  }

  public Optional<ModuleVersion> version(String moduleId, int version) {
    return versions.allOf(moduleId).stream().filter(v -> v.version() == version).findFirst();
  }

  /**
   * The YAML file of the draft: the published file itself, byte for byte, while the draft is the
   * same as the newest version; otherwise the draft written as YAML.
   */
  public Optional<String> exportDraft(String moduleId) {
    return draft(moduleId)
        .map(
            state ->
                state.changedSincePublished()
                    ? ModuleDocument.toYaml(state.document(), null)
                    : versions.latest(moduleId).orElseThrow().sourceText());
  }

  private static DraftState state(
      String moduleId,
      int revision,
      ObjectNode document,
      Optional<ModuleVersion> latest,
      Instant updatedAt) {
    ModuleReport report =
        ModuleCheck.check(moduleId + ".yaml", ModuleDocument.toYaml(document, null));
    boolean changed =
        latest.map(v -> !sameTree(ModuleDocument.fromYaml(v.sourceText()), document)).orElse(true);
    return new DraftState(
        moduleId,
        revision,
        document,
        report,
        latest.map(ModuleVersion::version).orElse(null),
        changed,
        updatedAt);
  }

  private static boolean sameTree(JsonNode a, JsonNode b) {
    return a.equals(b);
  }
}
