package com.firstline.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.firstline.scenario.control.ContentReadiness;
import com.firstline.scenario.control.ModuleCatalog;
import com.firstline.testing.Deployments;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside the container: a broken module file is reported and skipped, and never stops the others.
 */
@ExtendWith(ArquillianExtension.class)
class ContentImportIT {
  private static final String SOURCE = "fair-in-the-middle.yaml";

  @Deployment
  static WebArchive deployment() throws IOException {
    Path content = Path.of(System.getProperty("it.content.dir", "content"));
    return Deployments.withFeatures("content-it", "com.firstline.scenario")
        .addAsResource(
            new StringAsset(Files.readString(content.resolve(SOURCE))), "it-content/" + SOURCE);
  }

  @Inject ModuleCatalog catalog;
  @Inject @Readiness ContentReadiness readiness;

  @Test
  void aBrokenFileIsReportedWithItsErrorsWhileTheOthersArePublished() throws IOException {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String good = "it-good-" + suffix;
    String broken = "it-broken-" + suffix;
    String text = source();
    Path folder = Files.createTempDirectory("firstline-content-it");
    Files.writeString(
        folder.resolve(good + ".yaml"), text.replaceFirst("(?m)^id: .*$", "id: " + good));
    Files.writeString(
        folder.resolve(broken + ".yaml"),
        text.replaceFirst("(?m)^id: .*$", "id: " + broken)
            .replaceFirst("(?m)^(\\s+next:\\s+)([a-z0-9-]+)\\s*$", "$1no-such-node"));

    catalog.importFolder(folder);

    assertTrue(catalog.published(good).isPresent(), "the valid file is published");
    assertTrue(catalog.published(broken).isEmpty(), "the broken file is not");
    var refused = catalog.problems();
    assertEquals(1, refused.size());
    assertEquals(broken + ".yaml", refused.get(0).file());
    var error = refused.get(0).errors().get(0);
    assertTrue(error.message().contains("no-such-node"), error.message());
    assertTrue(error.line() > 1);

    HealthCheckResponse health = readiness.call();
    assertEquals(
        HealthCheckResponse.Status.UP, health.getStatus(), "a broken file does not stop serving");
    assertTrue(
        String.valueOf(health.getData().orElseThrow().get("filesWithErrors"))
            .contains(broken + ".yaml"));
  }

  private static String source() throws IOException {
    try (InputStream in =
        ContentImportIT.class.getClassLoader().getResourceAsStream("it-content/" + SOURCE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
