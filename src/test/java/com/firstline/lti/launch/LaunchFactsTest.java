package com.firstline.lti.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.firstline.lti.testplatform.IdTokens;
import com.firstline.platform.identity.Role;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LaunchFactsTest {

  @Test
  void readsPersonLinkModuleAndServices() {
    LaunchFacts facts = LaunchFacts.of(IdToken.parse(IdTokens.valid().serialize()));
    assertEquals("Robin Manager", facts.profile().displayName());
    assertEquals("robin@example.edu", facts.profile().email());
    assertEquals("sis-42", facts.profile().personSourcedId());
    assertEquals("E-42", facts.profile().employeeId());
    assertEquals("course-1", facts.contextId());
    assertEquals("link-1", facts.resourceLinkId());
    assertEquals(IdTokens.DEFAULT_MODULE, facts.moduleId());
    assertEquals("https://lms.example.edu/courses/1/lineitems/7", facts.agsLineItem());
    assertEquals("https://lms.example.edu/courses/1/lineitems", facts.agsLineItems());
    assertEquals(2, facts.agsScopes().size());
    assertEquals("https://lms.example.edu/courses/1/memberships", facts.membershipsUrl());
    assertEquals(Set.of(Role.MANAGER), facts.roles());
  }

  @Test
  void withoutPersonalDataOrContextEverythingOptionalIsNull() {
    LaunchFacts facts =
        LaunchFacts.of(
            IdToken.parse(
                IdTokens.valid()
                    .withoutPersonalData()
                    .withoutLti("context")
                    .without("https://purl.imsglobal.org/spec/lti-ags/claim/endpoint")
                    .serialize()));
    assertNull(facts.profile().displayName());
    assertNull(facts.profile().email());
    assertNull(facts.contextId());
    assertNull(facts.agsLineItem());
    assertTrue(facts.agsScopes().isEmpty());
  }

  @Test
  void givenAndFamilyNameMakeTheNameWhenThereIsNoName() {
    LaunchFacts facts = LaunchFacts.of(IdToken.parse(IdTokens.valid().without("name").serialize()));
    assertEquals("Robin Manager", facts.profile().displayName());
  }

  @Test
  void managersGoToThePlayerTrainersToTheTrainerPages() {
    LaunchFacts learner = LaunchFacts.of(IdToken.parse(IdTokens.valid().serialize()));
    assertEquals(
        "/play/?module=mistake-at-the-counter#session=T", LaunchDestination.of(learner, "T"));
    LaunchFacts instructor =
        LaunchFacts.of(
            IdToken.parse(
                IdTokens.valid()
                    .withRoles(IdTokens.LEARNER, IdTokens.INSTRUCTOR)
                    .withLti("custom", java.util.Map.of("module", "a b&c"))
                    .serialize()));
    assertEquals("/trainer/?module=a+b%26c#session=T", LaunchDestination.of(instructor, "T"));
    assertEquals(List.of(IdTokens.LEARNER, IdTokens.INSTRUCTOR), instructor.ltiRoles());
    LaunchFacts administrator =
        LaunchFacts.of(
            IdToken.parse(
                IdTokens.valid()
                    .withRoles(
                        IdTokens.INSTRUCTOR,
                        "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Administrator")
                    .serialize()));
    assertTrue(LaunchDestination.of(administrator, "T").startsWith("/admin/?module="));
  }

  @Test
  void theLmsLanguageGoesToThePageAndNothingElseDoes() {
    LaunchFacts french =
        LaunchFacts.of(
            IdToken.parse(
                IdTokens.valid()
                    .withLti("launch_presentation", java.util.Map.of("locale", "fr_CA"))
                    .serialize()));
    assertEquals("fr-CA", french.locale());
    assertTrue(LaunchDestination.of(french, "t").contains("&locale=fr-CA#session=t"));

    LaunchFacts odd =
        LaunchFacts.of(
            IdToken.parse(
                IdTokens.valid()
                    .withLti("launch_presentation", java.util.Map.of("locale", "x\"><script>"))
                    .serialize()));
    assertNull(odd.locale());
    assertTrue(
        LaunchDestination.of(odd, "t")
            .endsWith("?module=" + IdTokens.DEFAULT_MODULE + "#session=t"));
  }

  @Test
  void theLinksModeParameterSaysAssessmentOrPracticeAndAnythingElseLeavesItToTheModule() {
    LaunchFacts assessed = withCustom(java.util.Map.of("module", "m", "mode", " Assessment "));
    assertEquals("assessment", assessed.mode());
    assertEquals("assessment", LinkKeys.of(assessed).mode());
    assertEquals(
        "practice", withCustom(java.util.Map.of("module", "m", "mode", "practice")).mode());
    assertNull(withCustom(java.util.Map.of("module", "m", "mode", "$Canvas.mode")).mode());
    assertNull(withCustom(java.util.Map.of("module", "m")).mode());
    assertNull(LinkKeys.of(withCustom(java.util.Map.of("module", "m"))).mode());
  }

  private static LaunchFacts withCustom(java.util.Map<String, Object> custom) {
    return LaunchFacts.of(IdToken.parse(IdTokens.valid().withLti("custom", custom).serialize()));
  }
}
