package com.firstline.lti.launch;

import static com.firstline.platform.identity.Role.ADMIN;
import static com.firstline.platform.identity.Role.MANAGER;
import static com.firstline.platform.identity.Role.TRAINER;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.firstline.platform.identity.Role;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LtiRolesTest {
  private static final String V2 = "http://purl.imsglobal.org/vocab/lis/v2/";

  private static Set<Role> map(String... roles) {
    return LtiRoles.toFirstline(List.of(roles));
  }

  @Test
  void learnersAreManagers() {
    assertEquals(Set.of(MANAGER), map(V2 + "membership#Learner"));
    assertEquals(Set.of(MANAGER), map(V2 + "institution/person#Learner"));
    assertEquals(Set.of(MANAGER), map("Learner"));
  }

  @Test
  void instructorsTeachingAssistantsAndContentDevelopersAreTrainers() {
    assertEquals(Set.of(TRAINER), map(V2 + "membership#Instructor"));
    assertEquals(Set.of(TRAINER), map(V2 + "membership/Instructor#TeachingAssistant"));
    assertEquals(Set.of(TRAINER), map(V2 + "membership#ContentDeveloper"));
    assertEquals(Set.of(TRAINER), map("Instructor"));
    assertEquals(Set.of(TRAINER), map("urn:lti:role:ims/lis/Instructor"));
  }

  @Test
  void administratorsOfContextInstitutionOrSystemAreAdmins() {
    assertEquals(Set.of(ADMIN), map(V2 + "membership#Administrator"));
    assertEquals(Set.of(ADMIN), map(V2 + "institution/person#Administrator"));
    assertEquals(Set.of(ADMIN), map(V2 + "system/person#Administrator"));
  }

  @Test
  void severalRolesAddUp() {
    assertEquals(
        Set.of(MANAGER, TRAINER, ADMIN),
        map(
            V2 + "membership#Learner",
            V2 + "membership#Instructor",
            V2 + "institution/person#Administrator"));
  }

  @Test
  void unknownOrNoRolesMeanManager() {
    assertEquals(Set.of(MANAGER), map());
    assertEquals(Set.of(MANAGER), map("http://example.com/roles#Wizard", V2 + "membership#Mentor"));
    assertEquals(Set.of(MANAGER), map(V2 + "system/person#User"));
  }

  @Test
  void unknownRolesDoNotHideKnownOnes() {
    assertEquals(Set.of(TRAINER), map("Wizard", "Instructor"));
  }
}
