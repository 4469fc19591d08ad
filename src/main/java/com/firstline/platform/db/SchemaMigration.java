package com.firstline.platform.db;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
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
              .placeholders(Map.of("exact_collation", exactCollation()))
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

  /**
   * A binary collation that also tells trailing spaces apart (NO PAD), for identifier columns. The
   * two servers name it differently, and neither knows the other's name.
   */
  private String exactCollation() {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet version = statement.executeQuery("SELECT VERSION()")) {
      version.next();
      return version.getString(1).contains("MariaDB") ? "utf8mb4_nopad_bin" : "utf8mb4_0900_bin";
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the database server's version", e);
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
