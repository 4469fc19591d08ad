package com.firstline.authoring.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The draft of one module that trainers edit: its document tree as JSON, and a revision that grows
 * with every save. A save names the revision it was based on; a save based on an older revision is
 * refused, so two trainers never silently overwrite each other.
 */
@Entity
@Table(name = "authoring_draft")
public class Draft {
  @Id
  @Column(name = "module_id", nullable = false, updatable = false)
  private String moduleId;

  @Column(name = "document_json", nullable = false)
  private String documentJson;

  @Column(nullable = false)
  private int revision;

  @Column(name = "updated_by", nullable = false)
  private long updatedBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected Draft() {}

  /** A draft begun from a blank module, a copy, an imported file or a published version. */
  public static Draft begin(String moduleId, String documentJson, long personId, Instant now) {
    Draft draft = new Draft();
    draft.moduleId = moduleId;
    draft.documentJson = documentJson;
    draft.revision = 1;
    draft.updatedBy = personId;
    draft.updatedAt = now;
    draft.createdAt = now;
    return draft;
  }

  /**
   * Saves a new document over the revision the editor started from.
   *
   * @return false, changing nothing, when someone saved since {@code basedOnRevision}
   */
  public boolean save(String newDocumentJson, int basedOnRevision, long personId, Instant now) {
    if (basedOnRevision != revision) {
      return false;
    }
    if (!newDocumentJson.equals(documentJson)) {
      documentJson = newDocumentJson;
      revision++;
      updatedBy = personId;
      updatedAt = now;
    }
    return true;
  }

  public String moduleId() {
    return moduleId;
  }

  public String documentJson() {
    return documentJson;
  }

  public int revision() {
    return revision;
  }

  public long updatedBy() {
    return updatedBy;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
