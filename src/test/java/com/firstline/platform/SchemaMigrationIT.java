package com.firstline.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.firstline.platform.db.SchemaMigration;
import com.firstline.platform.health.DatabaseReadiness;
import com.firstline.testing.Deployments;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Inside the container: the migrations ran against the real database and readiness knows it. */
@ExtendWith(ArquillianExtension.class)
class SchemaMigrationIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.withFeatures("platform-it");
  }

  @Inject SchemaMigration migration;
  @Inject @Readiness DatabaseReadiness readiness;

  @PersistenceContext(unitName = "firstline")
  EntityManager entityManager;

  @Test
  void migrationsCreatedTheSchemaInTheDatabase() {
    assertTrue(migration.appliedVersion().isPresent(), "migrations should have run at startup");
    @SuppressWarnings("unchecked")
    List<Object> tables =
        entityManager
            .createNativeQuery(
                "SELECT table_name FROM information_schema.tables"
                    + " WHERE table_schema = DATABASE() AND table_name = 'module_version'")
            .getResultList();
    assertEquals(1, tables.size());
  }

  @Test
  void readinessReportsUpWithTheSchemaVersion() {
    HealthCheckResponse response = readiness.call();
    assertEquals(HealthCheckResponse.Status.UP, response.getStatus());
    assertEquals(
        migration.appliedVersion().orElseThrow(),
        response.getData().orElseThrow().get("schemaVersion"));
  }
}
