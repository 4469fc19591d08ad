package com.firstline.scenario.control;

import com.firstline.scenario.model.Module;

/**
 * A module at one stored version: the one in force for its file when the catalog offers it, or the
 * one an attempt is pinned to.
 *
 * @param versionId the stored version's key, which attempts are pinned to
 */
public record VersionedModule(long versionId, int version, String contentHash, Module module) {
  public String moduleId() {
    return module.id();
  }
}
