package com.firstline.scenario.control;

import com.firstline.scenario.entity.ModuleVersion;
import com.firstline.scenario.format.ContentError;
import com.firstline.scenario.format.ModuleCheck;
import com.firstline.scenario.format.ModuleReport;
import com.firstline.scenario.model.Module;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The modules on offer. At startup every file of the content folder is checked and stored as a
 * version; a broken file is reported and skipped, never stopping the others. Parsed modules are
 * kept in memory by version, because a version never changes.
 */
@ApplicationScoped
public class ModuleCatalog {
  private static final Logger LOG = Logger.getLogger(ModuleCatalog.class.getName());

  @Inject
  @ConfigProperty(name = "content.dir", defaultValue = "content")
  String contentDir;

  @Inject ModuleVersions versions;

  private final Map<String, VersionedModule> published = new ConcurrentHashMap<>();
  private final Map<Long, VersionedModule> parsedVersions = new ConcurrentHashMap<>();
  private volatile List<FileProblems> problems = List.of();

  /** A file that could not be published, with everything wrong in it. */
  public record FileProblems(String file, List<ContentError> errors) {}

  /** Imports the content folder; safe to call again (an unchanged file makes no new version). */
  public void importFolder() {
    importFolder(Path.of(contentDir));
  }

  /** Imports the module files of {@code folder}; the refused files replace the last report. */
  public synchronized void importFolder(Path folder) {
    if (!Files.isDirectory(folder)) {
      LOG.warning(
          () -> "Content folder " + folder.toAbsolutePath() + " does not exist: no modules.");
      return;
    }
    List<ContentFolder.ModuleFile> files;
    try {
      files = ContentFolder.read(folder);
    } catch (IOException e) {
      LOG.severe(() -> "Cannot list the content folder " + folder + ": " + e);
      return;
    }
    List<FileProblems> found = new ArrayList<>();
    for (ContentFolder.ModuleFile file : files) {
      if (file.unreadable() != null) {
        found.add(new FileProblems(file.name(), List.of(file.unreadable())));
        continue;
      }
      ModuleReport report = ModuleCheck.check(file.name(), file.text());
      Optional<ModuleVersion> edited =
          report
              .module()
              .flatMap(m -> versions.latest(m.id()))
              .filter(ModuleVersion::editedInBrowser);
      if (edited.isPresent()) {
        // The browser editor owns this module now: its newest version stays, and a changed file
        // is reported, never applied over it.
        keep(edited.get());
        if (versions.byHash(edited.get().moduleId(), report.contentHash()).isEmpty()) {
          found.add(
              new FileProblems(file.name(), List.of(notAppliedOver(file.name(), edited.get()))));
        }
      } else if (report.isValid()) {
        publish(report.module().orElseThrow(), report.contentHash(), file.text());
      } else {
        found.add(new FileProblems(file.name(), report.errors()));
        report.errors().forEach(error -> LOG.warning(() -> "Module not published: " + error));
      }
    }
    versions.latestEditedInBrowser().stream()
        .filter(version -> !published.containsKey(version.moduleId()))
        .forEach(this::keep);
    problems = List.copyOf(found);
    LOG.info(
        () ->
            "Content: "
                + published.size()
                + " module(s) published, "
                + found.size()
                + " file(s) with errors, from "
                + folder.toAbsolutePath());
  }

  private void publish(Module module, String hash, String text) {
    ModuleVersion stored;
    try {
      stored = versions.store(module, hash, text);
    } catch (PersistenceException | jakarta.transaction.TransactionalException e) {
      // Another server stored the same text at the same moment: its row is as good as ours.
      stored =
          versions
              .byHash(module.id(), hash)
              .orElseThrow(() -> new IllegalStateException("Cannot store " + module.id(), e));
    }
    VersionedModule versioned = new VersionedModule(stored.id(), stored.version(), hash, module);
    parsedVersions.put(stored.id(), versioned);
    published.put(module.id(), versioned);
  }

  private static ContentError notAppliedOver(String file, ModuleVersion edited) {
    return new ContentError(
        file,
        1,
        1,
        null,
        null,
        "This file changed, but the module was edited in the browser (version "
            + edited.version()
            + " is in force). The file was not applied: import it in the editor to use it.");
  }

  /** Offers a stored version as the module's current one. */
  private void keep(ModuleVersion stored) {
    version(stored.id()).ifPresent(versioned -> published.put(versioned.moduleId(), versioned));
  }

  /**
   * Publishes text from the browser editor as the module's next version, in force at once for new
   * attempts; attempts already started keep the version they are pinned to.
   *
   * @param report the check of {@code text}, which must be valid
   */
  public synchronized VersionedModule publishEdited(
      ModuleReport report, String text, long personId) {
    Module module = report.module().orElseThrow(() -> new IllegalArgumentException("invalid"));
    ModuleVersion stored = versions.storeEdited(module, report.contentHash(), text, personId);
    VersionedModule versioned =
        new VersionedModule(stored.id(), stored.version(), report.contentHash(), module);
    parsedVersions.put(stored.id(), versioned);
    published.put(module.id(), versioned);
    return versioned;
  }

  public List<VersionedModule> published() {
    return published.values().stream()
        .sorted(Comparator.comparing(p -> p.module().title()))
        .toList();
  }

  public Optional<VersionedModule> published(String moduleId) {
    return Optional.ofNullable(published.get(moduleId));
  }

  public List<FileProblems> problems() {
    return problems;
  }

  /**
   * The module of a stored version, published or not: attempts finish on the version they began.
   */
  public Optional<VersionedModule> version(long versionId) {
    VersionedModule cached = parsedVersions.get(versionId);
    if (cached != null) {
      return Optional.of(cached);
    }
    return versions
        .byId(versionId)
        .flatMap(
            stored ->
                ModuleCheck.check(stored.moduleId() + ".yaml", stored.sourceText())
                    .module()
                    .map(
                        module ->
                            new VersionedModule(
                                stored.id(), stored.version(), stored.contentHash(), module)))
        .map(
            versioned -> {
              parsedVersions.put(versionId, versioned);
              return versioned;
            });
  }
}
