package com.firstline.platform.db;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date when the application starts, before any request is served. The
 * readiness check reports DOWN until this has succeeded, so a half-migrated server never takes
 * traffic.
 */
@ApplicationScoped
public class SchemaMigration {
  private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

  @Resource(lookup = "jdbc/firstline")
  DataSource dataSource;

  private volatile String appliedVersion;
  private volatile String failure;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
    ensureMigrated();
  }

  /** Runs the migrations once; every later call returns at once. */
  public synchronized void ensureMigrated() {
    if (appliedVersion != null) {
      return;
    }
    try {
      MigrateResult result =
          Flyway.configure(SchemaMigration.class.getClassLoader())
              .dataSource(dataSource)
              .locations("classpath:db/migration")
              .load()
              .migrate();
      appliedVersion =
          result.targetSchemaVersion == null
              ? result.initialSchemaVersion
              : result.targetSchemaVersion;
      failure = null;
      LOG.info(
          () ->
              "Database schema at version "
                  + appliedVersion
                  + " ("
                  + result.migrationsExecuted
                  + " migrations applied now)");
    } catch (RuntimeException e) {
      failure = e.getMessage();
      LOG.severe(() -> "Database migration failed: " + e.getMessage());
    }
  }

  /** The schema version in force, or empty while migrations have not succeeded. */
  public Optional<String> appliedVersion() {
    return Optional.ofNullable(appliedVersion);
  }

  public Optional<String> failure() {
    return Optional.ofNullable(failure);
  }
}
