package com.firstline.scenario.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.firstline.scenario.analysis.PathReport;
import com.firstline.scenario.model.Module;
import com.firstline.scenario.model.Scene;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The catalogue as a training buyer reviews it: every shipped module in {@code content/} passes the
 * path analysis, keeps its length honest, offers facts at hand, uses its own people, and shows a
 * portrait for each person who speaks in more than one of its scenes.
 */
class ShippedContentTest {

  private static final Path CONTENT = Path.of("content");
  private static final Path PORTRAITS = Path.of("src/main/webapp/img/portraits");

  private static final Map<String, ModuleReport> REPORTS = new TreeMap<>();
  private static final Map<String, List<String>> LINES = new HashMap<>();

  @BeforeAll
  static void checkEveryShippedFile() throws IOException {
    try (Stream<Path> files = Files.list(CONTENT)) {
      for (Path file : files.filter(path -> path.toString().endsWith(".yaml")).toList()) {
        String name = file.getFileName().toString();
        String text = Files.readString(file, StandardCharsets.UTF_8);
        REPORTS.put(name, ModuleCheck.check(name, text));
        LINES.put(name, text.lines().toList());
      }
    }
  }

  @Test
  void thereAreTwelveModulesAndNoneHasAnError() {
    assertEquals(12, REPORTS.size(), REPORTS.keySet().toString());
    REPORTS.forEach((file, report) -> assertEquals(List.of(), report.errors(), file));
  }

  @Test
  void everyWarningIsExplainedByACommentAtItsField() {
    for (ModuleReport report : REPORTS.values()) {
      List<String> lines = LINES.get(report.file());
      for (ContentError warning : report.warnings()) {
        int at = warning.line() - 1;
        boolean explained =
            lines.get(at).contains(" #") || (at > 0 && lines.get(at - 1).trim().startsWith("#"));
        assertTrue(explained, "warning without a comment explaining it: " + warning);
      }
    }
  }

  @Test
  void declaredMinutesAreTenToFifteenAndTheSlowestPathIsAsLong() {
    for (ModuleReport report : REPORTS.values()) {
      Module module = report.module().orElseThrow();
      PathReport paths = report.paths().orElseThrow();
      String where = report.file() + " declares " + module.minutes();
      assertTrue(module.minutes() >= 10 && module.minutes() <= 15, where);
      assertTrue(
          paths.longestMinutes() >= 10 && paths.longestMinutes() < 16,
          where + String.format(Locale.ROOT, ", slowest path %.1f", paths.longestMinutes()));
    }
  }

  @Test
  void everyModuleOffersAResourceCard() {
    for (ModuleReport report : REPORTS.values()) {
      boolean hasCard =
          scenes(report.module().orElseThrow()).stream()
              .anyMatch(scene -> !scene.resources().isEmpty());
      assertTrue(hasCard, report.file() + " has no resource card");
    }
  }

  @Test
  void aSpeakersNameBelongsToOneModuleOnly() {
    Map<String, String> moduleOfFirstName = new HashMap<>();
    for (ModuleReport report : REPORTS.values()) {
      Module module = report.module().orElseThrow();
      for (String name : speakers(module).keySet()) {
        String firstName = person(name);
        String earlier = moduleOfFirstName.putIfAbsent(firstName, module.id());
        assertTrue(
            earlier == null || earlier.equals(module.id()),
            firstName + " speaks in both " + earlier + " and " + module.id());
      }
    }
  }

  @Test
  void everyRecurringSpeakerHasAPortraitThatIsOnlyADrawing() throws IOException {
    JsonNode manifest =
        JsonMapper.builder().build().readTree(PORTRAITS.resolve("portraits.json").toFile());
    for (ModuleReport report : REPORTS.values()) {
      Module module = report.module().orElseThrow();
      JsonNode named = manifest.path("modules").path(module.id());
      // A person may be named in full in one scene and by first name in the next: each form they
      // appear under needs the portrait.
      Map<String, Integer> scenesOfPerson = new HashMap<>();
      speakers(module)
          .forEach((name, scenes) -> scenesOfPerson.merge(person(name), scenes, Integer::sum));
      List<String> missing = new ArrayList<>();
      for (String name : speakers(module).keySet()) {
        if (scenesOfPerson.get(person(name)) >= 2 && !named.has(name)) {
          missing.add(name);
        }
      }
      assertEquals(List.of(), missing, module.id() + ": recurring speakers without a portrait");
      for (String name : named.propertyNames()) {
        assertTrue(speakers(module).containsKey(name), name + " never speaks in " + module.id());
        JsonNode portrait = manifest.path("portraits").path(named.path(name).asString());
        assertTrue(portrait.path("alt").asString().startsWith("Drawing of "), name);
        String src = portrait.path("src").asString();
        assertTrue(src.startsWith("/img/portraits/"), src);
        String svg = Files.readString(PORTRAITS.resolve(src.substring("/img/portraits/".length())));
        String lower = svg.toLowerCase(Locale.ROOT);
        assertFalse(
            lower.contains("<script") || lower.matches("(?s).*\\son[a-z]+=.*"),
            src + " must be a plain drawing: the page's CSP allows no script");
        assertFalse(lower.contains("href="), src + " must not load anything else");
      }
    }
  }

  private static List<Scene> scenes(Module module) {
    return module.nodes().stream().filter(Scene.class::isInstance).map(Scene.class::cast).toList();
  }

  /** Who a speaker's name points at: the first name, or the whole of "Mr Grantham". */
  private static String person(String name) {
    return name.startsWith("Mr ") || name.startsWith("Mrs ") ? name : name.split(" ")[0];
  }

  /** Each speaker's name (the part before the comma) and how many scenes they speak in. */
  private static Map<String, Integer> speakers(Module module) {
    Map<String, Integer> counts = new TreeMap<>();
    for (Scene scene : scenes(module)) {
      if (scene.speaker() != null) {
        counts.merge(scene.speaker().split(",")[0].trim(), 1, Integer::sum);
      }
    }
    return counts;
  }
}
