package com.firstline.scenario.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * One immutable version of a module: the exact text a trainer published, identified by its hash.
 * Attempts point at a version, never at "the module", so editing a file never changes a lesson that
 * a manager is in the middle of.
 */
@Entity
@Table(name = "module_version")
public class ModuleVersion {
  public static final String FROM_FILE = "FILE";
  public static final String FROM_EDITOR = "EDITOR";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "module_id", nullable = false, updatable = false)
  private String moduleId;

  @Column(nullable = false, updatable = false)
  private int version;

  @Column(name = "content_hash", nullable = false, updatable = false)
  private String contentHash;

  @Column(name = "source_text", nullable = false, updatable = false)
  private String sourceText;

  @Column(nullable = false, updatable = false)
  private String title;

  @Column(nullable = false, updatable = false)
  private String summary;

  @Column(nullable = false, updatable = false)
  private int minutes;

  @Column(nullable = false, updatable = false)
  private String locale;

  /** Comma-separated: tags are slugs, so they never contain a comma. */
  @Column(nullable = false, updatable = false)
  private String tags;

  @Column(name = "imported_at", nullable = false, updatable = false)
  private Instant importedAt;

  /** {@code FILE} for a file of the content folder, {@code EDITOR} for the browser editor. */
  @Column(name = "published_from", nullable = false, updatable = false)
  private String publishedFrom = FROM_FILE;

  /** The person who published it in the editor; null for files. */
  @Column(name = "published_by", updatable = false)
  private Long publishedBy;

  protected ModuleVersion() {}

  public ModuleVersion(
      String moduleId,
      int version,
      String contentHash,
      String sourceText,
      com.firstline.scenario.model.Module module,
      Instant importedAt) {
    this.moduleId = moduleId;
    this.version = version;
    this.contentHash = contentHash;
    this.sourceText = sourceText;
    this.title = module.title();
    this.summary = module.summary();
    this.minutes = module.minutes();
    this.locale = module.locale();
    this.tags = String.join(",", module.tags());
    this.importedAt = importedAt;
  }

  /** A version published in the browser editor by {@code personId}. */
  public static ModuleVersion fromEditor(
      String moduleId,
      int version,
      String contentHash,
      String sourceText,
      com.firstline.scenario.model.Module module,
      Instant publishedAt,
      long personId) {
    ModuleVersion edited =
        new ModuleVersion(moduleId, version, contentHash, sourceText, module, publishedAt);
    edited.publishedFrom = FROM_EDITOR;
    edited.publishedBy = personId;
    return edited;
  }

  public Long id() {
    return id;
  }

  public String moduleId() {
    return moduleId;
  }

  public int version() {
    return version;
  }

  public String contentHash() {
    return contentHash;
  }

  public String sourceText() {
    return sourceText;
  }

  public String title() {
    return title;
  }

  public String summary() {
    return summary;
  }

  public int minutes() {
    return minutes;
  }

  public String locale() {
    return locale;
  }

  public List<String> tags() {
    return tags.isEmpty() ? List.of() : Arrays.asList(tags.split(","));
  }

  public Instant importedAt() {
    return importedAt;
  }

  public boolean editedInBrowser() {
    return FROM_EDITOR.equals(publishedFrom);
  }

  public String publishedFrom() {
    return publishedFrom;
  }

  public Long publishedBy() {
    return publishedBy;
  }
}
