package com.firstline.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Builds the archive an in-container (Arquillian) test deploys: the platform plus the whole feature
 * packages the test names, the application's resources, and the libraries the WAR bundles (taken
 * from the exploded WAR that {@code package} leaves in target/).
 */
public final class Deployments {
  private static final Path EXPLODED_WAR = Path.of("target", "firstline");

  private Deployments() {}

  public static WebArchive withFeatures(String name, String... featurePackages) {
    WebArchive archive =
        ShrinkWrap.create(WebArchive.class, name + ".war")
            .addPackages(true, "com.firstline.platform", "com.firstline.testing")
            .addPackages(true, featurePackages)
            .addAsResource("META-INF/persistence.xml")
            .addAsResource("META-INF/microprofile-config.properties")
            // "all" discovery, so that the test class itself can receive injections.
            .addAsWebInfResource(
                new StringAsset("<beans bean-discovery-mode=\"all\" version=\"4.0\"/>"),
                "beans.xml");
    addTree(archive, Path.of("target", "classes", "db"), "db");
    addTree(archive, Path.of("target", "classes", "scenario"), "scenario");
    try (Stream<Path> libs = Files.list(EXPLODED_WAR.resolve("WEB-INF/lib"))) {
      libs.map(Path::toFile).forEach(archive::addAsLibrary);
    } catch (IOException e) {
      throw new UncheckedIOException("Run `mvn package` first: " + EXPLODED_WAR, e);
    }
    return archive;
  }

  private static void addTree(WebArchive archive, Path root, String prefix) {
    if (!Files.isDirectory(root)) {
      return;
    }
    try (Stream<Path> files = Files.walk(root)) {
      files
          .filter(Files::isRegularFile)
          .forEach(
              file -> {
                String target =
                    prefix
                        + "/"
                        + root.relativize(file).toString().replace(File.separatorChar, '/');
                archive.addAsResource(file.toFile(), target);
              });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
