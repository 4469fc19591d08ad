package com.firstline.scenario.control;

import com.firstline.scenario.model.Module;

/**
 * A module as the catalog offers it: the version in force for its file and the parsed module.
 *
 * @param versionId the stored version's key, which attempts are pinned to
 */
public record PublishedModule(long versionId, int version, String contentHash, Module module) {
  public String moduleId() {
    return module.id();
  }
}
