package com.firstline.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** Live means the JVM still has head room; a restart is the cure when it has not. */
@Liveness
@ApplicationScoped
public class ServerLiveness implements HealthCheck {
  private static final double MAX_HEAP_USED = 0.95;

  @Override
  public HealthCheckResponse call() {
    Runtime runtime = Runtime.getRuntime();
    long used = runtime.totalMemory() - runtime.freeMemory();
    double share = (double) used / runtime.maxMemory();
    return HealthCheckResponse.named("heap")
        .status(share < MAX_HEAP_USED)
        .withData("usedMiB", used / (1024 * 1024))
        .withData("maxMiB", runtime.maxMemory() / (1024 * 1024))
        .build();
  }
}
