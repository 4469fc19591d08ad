package com.firstline.scenario.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConditionTest {

  private final Variables variables = Variables.of(Map.of("trust", 2, "escalated", true));

  @Test
  void comparesNumbersWithEveryOperator() {
    assertTrue(Condition.parse("trust >= 2").holds(variables));
    assertFalse(Condition.parse("trust > 2").holds(variables));
    assertTrue(Condition.parse("trust <= 2").holds(variables));
    assertFalse(Condition.parse("trust < 2").holds(variables));
    assertTrue(Condition.parse("trust == 2").holds(variables));
    assertTrue(Condition.parse("trust != -1").holds(variables));
  }

  @Test
  void testsFlagsByNameOrWithNot() {
    assertTrue(Condition.parse("escalated").holds(variables));
    assertFalse(Condition.parse("not escalated").holds(variables));
    assertTrue(Condition.parse("escalated == true").holds(variables));
  }

  @Test
  void aListHoldsOnlyWhenEveryComparisonHolds() {
    assertTrue(Condition.parse(List.of("trust >= 1", "escalated")).holds(variables));
    assertFalse(Condition.parse(List.of("trust >= 1", "not escalated")).holds(variables));
  }

  @Test
  void aMismatchedTypeNeverHolds() {
    assertFalse(Condition.parse("escalated >= 1").holds(variables));
    assertFalse(Condition.parse("undeclared").holds(variables));
  }

  @Test
  void unreadableTextIsRejectedWithAnExplanation() {
    IllegalArgumentException failure =
        assertThrows(IllegalArgumentException.class, () -> Condition.parse("trust => 1"));

    assertTrue(failure.getMessage().startsWith("Cannot read the condition 'trust => 1'."));
  }

  @Test
  void readsOperandsAndSpacing() {
    Condition.Comparison comparison = Condition.parse("  trust>=-3 ").comparisons().get(0);

    assertEquals("trust", comparison.variable());
    assertEquals(Condition.Operator.GE, comparison.operator());
    assertEquals(-3, comparison.value());
  }
}
