package com.firstline.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.firstline.scenario.control.ModuleCatalog;
import com.firstline.scenario.format.ModuleCheck;
import com.firstline.testing.Deployments;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside the container: once a module is published from the browser, a later change of its file is
 * reported and never applied over the browser's version.
 */
@ExtendWith(ArquillianExtension.class)
class ContentAndEditorIT {
  private static final String SOURCE = "fair-in-the-middle.yaml";

  @Deployment
  static WebArchive deployment() throws IOException {
    Path content = Path.of(System.getProperty("it.content.dir", "content"));
    return Deployments.withFeatures("content-editor-it", "com.firstline.scenario")
        .addAsResource(
            new StringAsset(Files.readString(content.resolve(SOURCE))), "it-content/" + SOURCE);
  }

  @Inject ModuleCatalog catalog;

  @Test
  void aFileChangedAfterABrowserEditIsReportedAndNotApplied() throws IOException {
    String id = "it-edited-" + UUID.randomUUID().toString().substring(0, 8);
    String fileText = source().replaceFirst("(?m)^id: .*$", "id: " + id);
    Path folder = Files.createTempDirectory("firstline-content-editor-it");
    Path file = folder.resolve(id + ".yaml");
    Files.writeString(file, fileText);
    catalog.importFolder(folder);
    assertEquals(1, catalog.published(id).orElseThrow().version());

    String edited =
        "# edited in the browser\n" + fileText.replaceFirst("(?m)^title: .*$", "title: Edited");
    catalog.publishEdited(ModuleCheck.check(id + ".yaml", edited), edited, 1L);
    assertEquals(2, catalog.published(id).orElseThrow().version());

    catalog.importFolder(folder);
    assertEquals(
        2, catalog.published(id).orElseThrow().version(), "an unchanged file changes nothing");
    assertTrue(catalog.problems().isEmpty(), catalog.problems().toString());

    Files.writeString(file, fileText.replaceFirst("(?m)^title: .*$", "title: Changed in the file"));
    catalog.importFolder(folder);
    assertEquals(2, catalog.published(id).orElseThrow().version(), "the file is not applied");
    assertEquals("Edited", catalog.published(id).orElseThrow().module().title());
    var refused = catalog.problems();
    assertEquals(1, refused.size());
    assertTrue(
        refused.get(0).errors().get(0).message().contains("edited in the browser (version 2"),
        refused.get(0).errors().get(0).message());
  }

  private static String source() throws IOException {
    try (InputStream in =
        ContentAndEditorIT.class.getClassLoader().getResourceAsStream("it-content/" + SOURCE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
