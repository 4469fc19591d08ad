package com.firstline.scenario.control;

import com.firstline.platform.db.SchemaMigration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** Imports the content folder when the application starts, once the schema is in place. */
@ApplicationScoped
public class ContentImportAtStartup {
  @Inject SchemaMigration migration;
  @Inject ModuleCatalog catalog;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
    migration.ensureMigrated();
    if (migration.appliedVersion().isPresent()) {
      catalog.importFolder();
    }
  }
}
