package com.firstline.platform.health;

import com.firstline.platform.db.SchemaMigration;
import com.firstline.platform.errors.DatabaseOutage;
import com.firstline.platform.errors.DatabaseUnavailable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready means the persistence unit itself answers a query and the migrations have run: a pool that
 * connects while Hibernate failed to start would otherwise look healthy. Probes come every few
 * seconds, so this is also where the end of a database outage is noticed and logged.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  @PersistenceContext(unitName = "firstline")
  EntityManager entityManager;

  @Inject SchemaMigration migration;
  @Inject DatabaseOutage outage;

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder response = HealthCheckResponse.named("database");
    if (migration.appliedVersion().isEmpty()) {
      return response
          .down()
          .withData("migrations", migration.failure().orElse("not run yet"))
          .build();
    }
    try {
      Object one = entityManager.createNativeQuery("SELECT 1").getSingleResult();
      outage.answered();
      return response
          .status(one != null)
          .withData("schemaVersion", migration.appliedVersion().get())
          .build();
    } catch (RuntimeException e) {
      if (DatabaseUnavailable.isCauseOf(e)) {
        outage.met(e);
        // Liberty logs the data of every DOWN answer: one line per probe, not the driver's three.
        return response.down().withData("error", DatabaseUnavailable.rootMessage(e)).build();
      }
      return response.down().withData("error", String.valueOf(e.getMessage())).build();
    }
  }
}
