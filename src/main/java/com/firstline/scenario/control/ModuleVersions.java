package com.firstline.scenario.control;

import com.firstline.platform.db.EntityReads;
import com.firstline.scenario.entity.ModuleVersion;
import com.firstline.scenario.model.Module;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** The stored versions of every module; each import is its own transaction. */
@ApplicationScoped
@Transactional
public class ModuleVersions {
  @PersistenceContext(unitName = "firstline")
  EntityManager em;

  Clock clock = Clock.systemUTC();

  /**
   * The version holding exactly this text, stored as the next version when no version has it yet.
   * Two servers importing the same file at once collide on the (module, hash) key; the caller then
   * simply reads the winner's row.
   */
  public ModuleVersion store(Module module, String contentHash, String sourceText) {
    Optional<ModuleVersion> same = byHash(module.id(), contentHash);
    if (same.isPresent()) {
      return same.get();
    }
    Integer latest =
        em.createQuery(
                "SELECT MAX(v.version) FROM ModuleVersion v WHERE v.moduleId = :module",
                Integer.class)
            .setParameter("module", module.id())
            .getSingleResult();
    ModuleVersion next =
        new ModuleVersion(
            module.id(),
            latest == null ? 1 : latest + 1,
            contentHash,
            sourceText,
            module,
            clock.instant());
    em.persist(next);
    em.flush();
    return next;
  }

  /**
   * Stores text published in the browser editor as the next version. The caller's text carries a
   * header naming the version, so it never equals an earlier version's text.
   */
  public ModuleVersion storeEdited(
      Module module, String contentHash, String sourceText, long personId) {
    ModuleVersion next =
        ModuleVersion.fromEditor(
            module.id(),
            latest(module.id()).map(v -> v.version() + 1).orElse(1),
            contentHash,
            sourceText,
            module,
            clock.instant(),
            personId);
    em.persist(next);
    em.flush();
    return next;
  }

  /** The newest stored version of a module, whatever it came from. */
  public Optional<ModuleVersion> latest(String moduleId) {
    return em
        .createQuery(
            "SELECT v FROM ModuleVersion v WHERE v.moduleId = :module ORDER BY v.version DESC",
            ModuleVersion.class)
        .setParameter("module", moduleId)
        .setMaxResults(1)
        .getResultList()
        .stream()
        .findFirst();
  }

  /** The newest version of every module whose newest version was published in the editor. */
  public List<ModuleVersion> latestEditedInBrowser() {
    return em.createQuery(
            "SELECT v FROM ModuleVersion v WHERE v.publishedFrom = :editor AND v.version ="
                + " (SELECT MAX(w.version) FROM ModuleVersion w WHERE w.moduleId = v.moduleId)",
            ModuleVersion.class)
        .setParameter("editor", ModuleVersion.FROM_EDITOR)
        .getResultList();
  }

  public Optional<ModuleVersion> byHash(String moduleId, String contentHash) {
    return em.createQuery(
            "SELECT v FROM ModuleVersion v WHERE v.moduleId = :module AND v.contentHash = :hash",
            ModuleVersion.class)
        .setParameter("module", moduleId)
        .setParameter("hash", contentHash)
        .getResultStream()
        .findFirst();
  }

  public Optional<ModuleVersion> byId(long versionId) {
    return EntityReads.find(em, ModuleVersion.class, versionId);
  }

  public List<ModuleVersion> allOf(String moduleId) {
    return em.createQuery(
            "SELECT v FROM ModuleVersion v WHERE v.moduleId = :module ORDER BY v.version",
            ModuleVersion.class)
        .setParameter("module", moduleId)
        .getResultList();
  }
}
