package com.firstline.authoring.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.firstline.scenario.format.ModuleCheck;
import com.firstline.scenario.format.ModuleReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.node.ObjectNode;

/** The editor's document tree against the shipped module files: nothing lost either way. */
class ModuleDocumentTest {

  static List<Path> shippedModules() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("content"))) {
      return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
    }
  }

  @Test
  void thereAreShippedModulesToTest() throws IOException {
    assertTrue(shippedModules().size() >= 6, "the content folder's modules");
  }

  @ParameterizedTest
  @MethodSource("shippedModules")
  void fileToEditorToFileKeepsEveryField(Path file) throws IOException {
    String original = Files.readString(file);
    ObjectNode tree = ModuleDocument.fromYaml(original);
    // What the editor sends and stores is JSON; what it exports is YAML again.
    ObjectNode edited = ModuleDocument.fromJson(ModuleDocument.toJson(tree));
    String exported = ModuleDocument.toYaml(edited, "exported");
    assertEquals(tree, ModuleDocument.fromYaml(exported), "tree after the round trip");

    ModuleReport before = ModuleCheck.check(file.getFileName().toString(), original);
    ModuleReport after = ModuleCheck.check(file.getFileName().toString(), exported);
    assertTrue(after.isValid(), () -> after.errors().toString());
    assertEquals(before.module(), after.module(), "the module the player would play");
  }

  @Test
  void aBlankModulePassesTheValidator() {
    String yaml = ModuleDocument.toYaml(ModuleDocument.blank("new-one", "A new one"), null);
    ModuleReport report = ModuleCheck.check("new-one.yaml", yaml);
    assertTrue(report.isValid(), () -> report.errors().toString());
  }

  @Test
  void aCopyKeepsEverythingButItsIdAndTitle() throws IOException {
    ObjectNode source =
        ModuleDocument.fromYaml(Files.readString(Path.of("content/mistake-at-the-counter.yaml")));
    ObjectNode copy = ModuleDocument.copyOf(source, "counter-copy", "Copy");
    assertEquals("counter-copy", copy.path("id").asString());
    assertEquals(source.path("nodes"), copy.path("nodes"));
    assertFalse(source.path("id").asString().equals("counter-copy"), "the source is untouched");
  }

  @Test
  void fieldsTheEditorDoesNotKnowPassThrough() {
    ObjectNode tree = ModuleDocument.blank("x", "X");
    tree.putObject("resources").put("card", "A field added to the format later");
    String yaml = ModuleDocument.toYaml(ModuleDocument.fromJson(ModuleDocument.toJson(tree)), null);
    assertEquals(tree, ModuleDocument.fromYaml(yaml));
  }

  @Test
  void textThatIsNotAModuleObjectIsRefusedWithAReason() {
    var notYaml =
        assertThrows(IllegalArgumentException.class, () -> ModuleDocument.fromYaml("a: [b"));
    assertTrue(notYaml.getMessage().startsWith("This is not valid YAML"), notYaml.getMessage());
    var list = assertThrows(IllegalArgumentException.class, () -> ModuleDocument.fromJson("[1]"));
    assertTrue(list.getMessage().contains("object"), list.getMessage());
  }
}
