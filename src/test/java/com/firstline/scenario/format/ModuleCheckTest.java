package com.firstline.scenario.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.firstline.scenario.model.Module;
import org.junit.jupiter.api.Test;

class ModuleCheckTest {

  @Test
  void aValidModulePassesWithZeroErrors() {
    ModuleReport report = Modules.check(Modules.VALID);

    assertEquals(java.util.List.of(), report.errors());
    Module module = report.module().orElseThrow();
    assertEquals("counter", module.id());
    assertEquals(4, module.nodes().size());
    assertTrue(report.isValid());
  }
}
