package com.firstline.lti.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.firstline.lti.launch.LaunchRecord;
import com.firstline.platform.errors.ProblemException;
import com.firstline.platform.identity.Caller;
import com.firstline.platform.identity.Role;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AdminScopeTest {
  private static LaunchRecord launchOf(Long registrationId) {
    return new LaunchRecord(
        "launch-1",
        registrationId,
        "https://lms.example.edu",
        "client",
        "dep",
        7L,
        "LtiResourceLinkRequest",
        "course",
        null,
        "link",
        null,
        "module",
        null,
        null,
        List.of(),
        null,
        List.of(),
        Instant.EPOCH);
  }

  private static Caller launched(Set<Role> roles) {
    return new Caller(7L, roles, "launch-1", null);
  }

  @Test
  void anLmsAdministratorAdministersTheirOwnRegistrationOnly() {
    AdminScope scope =
        AdminScope.ofSession(launched(Set.of(Role.ADMIN)), Optional.of(launchOf(4L)));
    assertFalse(scope.operator());
    assertTrue(scope.covers(4));
    assertEquals(4, scope.require(4));
    ProblemException other = assertThrows(ProblemException.class, () -> scope.require(5));
    assertEquals(404, other.problem().status());
  }

  @Test
  void operationsAcrossTenantsAreTheOperatorsOnly() {
    AdminScope lmsAdmin =
        AdminScope.ofSession(launched(Set.of(Role.ADMIN)), Optional.of(launchOf(4L)));
    ProblemException refused =
        assertThrows(ProblemException.class, () -> lmsAdmin.requireOperator("Rotating the key"));
    assertEquals(403, refused.problem().status());
    assertTrue(refused.problem().detail().startsWith("Rotating the key is for the operator"));
    assertTrue(AdminScope.OPERATOR.requireOperator("Rotating the key").covers(5));
  }

  @Test
  void aTrainerOrASessionWithoutARegisteredLaunchAdministersNothing() {
    for (Caller caller :
        List.of(
            launched(Set.of(Role.TRAINER)),
            Caller.unlinked(7L, Set.of(Role.ADMIN)),
            launched(Set.of(Role.MANAGER)))) {
      ProblemException refused =
          assertThrows(
              ProblemException.class,
              () -> AdminScope.ofSession(caller, Optional.of(launchOf(4L))));
      assertEquals(403, refused.problem().status(), caller.toString());
    }
    ProblemException unregistered =
        assertThrows(
            ProblemException.class,
            () -> AdminScope.ofSession(launched(Set.of(Role.ADMIN)), Optional.of(launchOf(null))));
    assertEquals(403, unregistered.problem().status());
  }
}
