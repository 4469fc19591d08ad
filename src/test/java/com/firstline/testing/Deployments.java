package com.firstline.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.jboss.shrinkwrap.api.ArchivePath;
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
            .addPackages(true, Deployments::isProductOrHelper, "com.firstline.platform")
            .addPackages(true, Deployments::isProductOrHelper, "com.firstline.testing")
            .addPackages(true, Deployments::isProductOrHelper, featurePackages)
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

  /**
   * Keeps test classes out: Arquillian adds the running test class itself, and other tests (browser
   * tests above all) need libraries the server does not have.
   */
  private static boolean isProductOrHelper(ArchivePath path) {
    String name = path.get();
    return !name.matches(".*(IT|Test)(\\$.*)?\\.class");
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
