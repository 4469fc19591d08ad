package com.firstline.engagement.org;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnalystClaimTest {
  private final AnalystClaim hrRole = AnalystClaim.of("hr_role", List.of("analyst", " People "));

  @Test
  void aCustomParameterWithAnAcceptedValueMakesAnAnalyst() {
    assertTrue(hrRole.heldBy(Map.of("hr_role", "Analyst"), Map.of()));
    assertTrue(hrRole.heldBy(Map.of("hr_role", "manager, people"), Map.of()));
  }

  @Test
  void anotherValueOrNoClaimDoesNot() {
    assertFalse(hrRole.heldBy(Map.of("hr_role", "manager"), Map.of()));
    assertFalse(hrRole.heldBy(Map.of("module", "analyst"), Map.of()));
    assertFalse(hrRole.heldBy(Map.of(), Map.of()));
    assertFalse(hrRole.heldBy(Map.of("hr_role", "analysts"), Map.of()));
  }

  @Test
  void aTopLevelClaimByItsFullNameCountsAndAListWhenAnyItemIsAccepted() {
    AnalystClaim groups =
        AnalystClaim.of("https://idp.example.com/claims/groups", List.of("hr-analytics"));
    assertTrue(
        groups.heldBy(
            Map.of(),
            Map.of("https://idp.example.com/claims/groups", List.of("staff", "HR-Analytics"))));
    assertFalse(
        groups.heldBy(Map.of(), Map.of("https://idp.example.com/claims/groups", List.of("staff"))));
  }

  @Test
  void withoutValuesTrueCountsAndWithoutANameNothingDoes() {
    AnalystClaim flag = AnalystClaim.of("hr_analyst", List.of());
    assertTrue(flag.heldBy(Map.of(), Map.of("hr_analyst", Boolean.TRUE)));
    assertTrue(flag.heldBy(Map.of("hr_analyst", "true"), Map.of()));
    assertFalse(flag.heldBy(Map.of("hr_analyst", "false"), Map.of()));
    AnalystClaim off = AnalystClaim.of(" ", List.of("analyst"));
    assertFalse(off.configured());
    assertFalse(off.heldBy(Map.of("", "analyst"), Map.of("", "analyst")));
  }
}
