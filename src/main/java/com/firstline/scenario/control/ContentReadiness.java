package com.firstline.scenario.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Reports the catalog: how many modules are published and which files were refused. A broken file
 * does not make the server unready (the other modules still serve), but it shows here.
 */
@Readiness
@ApplicationScoped
public class ContentReadiness implements HealthCheck {
  @Inject ModuleCatalog catalog;

  @Override
  public HealthCheckResponse call() {
    var response =
        HealthCheckResponse.named("content")
            .up()
            .withData("publishedModules", catalog.published().size());
    var problems = catalog.problems();
    if (!problems.isEmpty()) {
      response.withData(
          "filesWithErrors",
          String.join(
              ", ",
              problems.stream()
                  .map(p -> p.file() + " (" + p.errors().size() + " errors)")
                  .toList()));
    }
    return response.build();
  }
}
