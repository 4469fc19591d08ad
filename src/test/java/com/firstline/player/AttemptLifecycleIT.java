package com.firstline.player;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.firstline.platform.identity.Caller;
import com.firstline.platform.identity.People;
import com.firstline.platform.identity.Person;
import com.firstline.platform.identity.Role;
import com.firstline.player.control.AttemptCompleted;
import com.firstline.player.control.Attempts;
import com.firstline.player.control.Played;
import com.firstline.player.entity.AttemptStatus;
import com.firstline.scenario.control.ModuleCatalog;
import com.firstline.scenario.model.GradePolicy;
import com.firstline.testing.Deployments;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside the container: completion is recorded with its event exactly once, and a module edited
 * while an attempt is under way becomes version 2 while that attempt finishes on version 1.
 */
@ExtendWith(ArquillianExtension.class)
class AttemptLifecycleIT {
  private static final String SOURCE_MODULE = "trust-on-the-spot";

  @Deployment
  static WebArchive deployment() throws IOException {
    Path content = Path.of(System.getProperty("it.content.dir", "content"));
    return Deployments.withFeatures("player-it", "com.firstline.player", "com.firstline.scenario")
        .addAsResource(
            new StringAsset(Files.readString(content.resolve(SOURCE_MODULE + ".yaml"))),
            "it-content/" + SOURCE_MODULE + ".yaml");
  }

  @Inject Attempts attempts;
  @Inject People people;
  @Inject ModuleCatalog catalog;
  @Inject CompletedEvents events;

  @Test
  void completionIsRecordedWithItsEventFiredExactlyOnce() throws IOException {
    String moduleId = importCopy("it-once-" + shortId(), "");
    Caller manager = newManager();
    Played played = attempts.startOrResume(manager, moduleId, false);
    long id = played.attempt().id();
    played = playToTheEnd(manager, played);
    assertEquals(AttemptStatus.COMPLETED, played.attempt().status());
    assertTrue(played.attempt().completedAt().isPresent());
    // The same final request again (a retry) must not complete it a second time.
    attempts.choose(manager, id, played.attempt().stepCount() - 1, lastChoice(played));
    List<AttemptCompleted> fired = events.of(id);
    assertEquals(1, fired.size());
    assertEquals(played.attempt().score().orElseThrow(), fired.get(0).score());
    assertEquals(moduleId, fired.get(0).moduleId());
  }

  @Test
  void anEditedModuleBecomesVersionTwoWhileAStartedAttemptFinishesOnVersionOne()
      throws IOException {
    String moduleId = "it-versions-" + shortId();
    importCopy(moduleId, "");
    Caller manager = newManager();
    Played onVersionOne = attempts.startOrResume(manager, moduleId, false);
    assertEquals(1, onVersionOne.version());

    importCopy(moduleId, "Edited ");
    assertEquals(2, catalog.published(moduleId).orElseThrow().version());

    Played finished = playToTheEnd(manager, onVersionOne);
    assertEquals(AttemptStatus.COMPLETED, finished.attempt().status());
    assertEquals(1, finished.version());
    assertEquals(onVersionOne.attempt().moduleVersionId(), finished.attempt().moduleVersionId());

    // Opening the module again shows the finished attempt's result, on the version it was played.
    Played reopened = attempts.startOrResume(manager, moduleId, false);
    assertEquals(finished.attempt().id(), reopened.attempt().id());
    assertEquals(1, reopened.version());

    Played fresh = attempts.startOrResume(manager, moduleId, true);
    assertEquals(2, fresh.version());
    assertTrue(fresh.module().title().startsWith("Edited "));
    assertNotEquals(onVersionOne.attempt().id(), fresh.attempt().id());
  }

  @Test
  void underTheLatestPolicyARetakeThatScoresLowerBecomesTheGrade() throws IOException {
    String moduleId = importCopy("it-latest-" + shortId(), "", "latest");
    Caller manager = newManager();
    Caller linked = new Caller(manager.personId(), manager.roles(), "it-launch", link(moduleId));
    int first = finish(linked, attempts.startOrResume(linked, moduleId, true), true);
    int second = finish(linked, attempts.startOrResume(linked, moduleId, true), false);
    assertNotEquals(first, second, "the two paths should score differently");
    int lower = Math.min(first, second);
    Played last =
        playToTheEnd(linked, attempts.startOrResume(linked, moduleId, true), lower == first);
    assertEquals(lower, last.attempt().score().orElseThrow());

    assertEquals(GradePolicy.LATEST, last.grade().policy());
    assertEquals(lower, last.grade().score(), "the ending page shows the latest score");
    assertEquals(3, last.grade().completions());
    assertTrue(last.grade().sentToLms());
    assertEquals(
        lower,
        events.of(last.attempt().id()).get(0).grade().score(),
        "the LMS is sent the latest score");
    Played reopened = attempts.startOrResume(linked, moduleId, false);
    assertEquals(lower, reopened.grade().score());
  }

  @Test
  void attemptsOfNoCourseLinkAreGradedNowhereAndKeptApartFromLinkedOnes() throws IOException {
    String moduleId = importCopy("it-unlinked-" + shortId(), "", null);
    Caller unlinked = newManager();
    Played done = playToTheEnd(unlinked, attempts.startOrResume(unlinked, moduleId, false));
    assertFalse(done.grade().sentToLms());
    Caller linked = new Caller(unlinked.personId(), unlinked.roles(), "it-launch", link(moduleId));
    Played inCourse = attempts.startOrResume(linked, moduleId, false);
    assertNotEquals(done.attempt().id(), inCourse.attempt().id(), "the course link's own attempt");
    assertEquals(AttemptStatus.IN_PROGRESS, inCourse.attempt().status());
  }

  private int finish(Caller caller, Played played, boolean firstChoices) {
    return playToTheEnd(caller, played, firstChoices).attempt().score().orElseThrow();
  }

  private Played playToTheEnd(Caller manager, Played played) {
    return playToTheEnd(manager, played, true);
  }

  private Played playToTheEnd(Caller manager, Played played, boolean firstChoices) {
    long id = played.attempt().id();
    while (played.attempt().status() == AttemptStatus.IN_PROGRESS) {
      assertTrue(played.attempt().stepCount() < 60, "the module should end");
      var offered =
          played
              .module()
              .scene(played.attempt().currentNode())
              .orElseThrow()
              .offeredChoices(played.attempt().variables());
      String choice = offered.get(firstChoices ? 0 : offered.size() - 1).id();
      played = attempts.choose(manager, id, played.attempt().stepCount(), choice);
    }
    return played;
  }

  private static String lastChoice(Played played) {
    var steps = played.attempt().steps();
    return steps.get(steps.size() - 1).choiceId();
  }

  private String importCopy(String moduleId, String titlePrefix) throws IOException {
    return importCopy(moduleId, titlePrefix, null);
  }

  /**
   * Imports a renamed copy of a shipped module, its title prefixed and, when given, with this grade
   * policy, from a folder of its own.
   */
  private String importCopy(String moduleId, String titlePrefix, String grade) throws IOException {
    String text;
    try (var in =
        AttemptLifecycleIT.class
            .getClassLoader()
            .getResourceAsStream("it-content/" + SOURCE_MODULE + ".yaml")) {
      text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    String copy =
        text.replaceFirst("(?m)^id: .*$", "id: " + moduleId)
            .replaceFirst("(?m)^title: (.*)$", "title: " + titlePrefix + "$1");
    if (grade != null) {
      copy = copy.replaceFirst("(?m)^(  passing: .*)$", "$1\n  grade: " + grade);
    }
    Path folder = Files.createTempDirectory("firstline-it");
    Files.writeString(folder.resolve(moduleId + ".yaml"), copy);
    catalog.importFolder(folder);
    assertTrue(catalog.published(moduleId).isPresent(), catalog.problems().toString());
    return moduleId;
  }

  /** A course link to the module, with a key of its own. */
  private static Caller.CourseLink link(String moduleId) {
    String hex = UUID.randomUUID().toString().replace("-", "");
    return new Caller.CourseLink(hex + hex, moduleId);
  }

  private Caller newManager() {
    Person person =
        people.provision(
            "urn:firstline:it",
            UUID.randomUUID().toString(),
            new Person.Profile(null, null, null, null));
    return Caller.unlinked(person.id(), Set.of(Role.MANAGER));
  }

  private static String shortId() {
    return UUID.randomUUID().toString().substring(0, 8);
  }
}
