package com.firstline.engagement.org;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.firstline.engagement.org.Matching.Person;
import com.firstline.engagement.org.Matching.Status;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MatchingTest {
  private final Person ann = new Person(1, "Ann", "Ann.Lee@Example.com", "E1", null);
  private final Person bob = new Person(2, "Bob", "bob@example.com", null, "S-9");
  private final Person bobTwin = new Person(3, "Bob again", "BOB@example.com", null, null);

  @Test
  void employeeIdThenSourcedIdThenEmailWithoutCase() {
    Matching matching = new Matching(List.of(ann, bob), Map.of());

    assertEquals(1L, matching.match("id:E1", null).personId());
    assertEquals(2L, matching.match("id:S-9", null).personId());
    assertEquals(1L, matching.match("email:ann.lee@example.com", null).personId());
    assertEquals(1L, matching.match("id:unknown", "ANN.LEE@example.com").personId());
    assertEquals(Status.NO_LMS_IDENTITY, matching.match("id:E404", null).status());
  }

  @Test
  void twoPeopleWithOneEmailAreAmbiguousUntilLinkedByHand() {
    Matching unlinked = new Matching(List.of(bob, bobTwin), Map.of());
    assertEquals(Status.AMBIGUOUS, unlinked.match("email:bob@example.com", null).status());

    Matching linked = new Matching(List.of(bob, bobTwin), Map.of("email:bob@example.com", 3L));
    Matching.Match match = linked.match("email:bob@example.com", null);
    assertEquals(Status.LINKED_BY_HAND, match.status());
    assertEquals(3L, match.personId());
  }

  @Test
  void aTeamHasTheManagerOfTheSnapshotBeforeEachWave() {
    OrgHistory history = new OrgHistory();
    history.add(
        LocalDate.parse("2025-01-01"),
        Map.of("t1", new OrgHistory.Team("t1", "North", "E1", null, null)));
    history.add(
        LocalDate.parse("2025-06-01"),
        Map.of("t1", new OrgHistory.Team("t1", "North", "E2", null, null)));
    history.add(
        LocalDate.parse("2025-07-01"),
        Map.of("t9", new OrgHistory.Team("t9", "Other", "E9", null, null)));

    assertEquals("id:E1", history.managerAt("t1", LocalDate.parse("2024-12-01")));
    assertEquals("id:E1", history.managerAt("t1", LocalDate.parse("2025-05-31")));
    assertEquals("id:E2", history.managerAt("t1", LocalDate.parse("2025-09-01")));
    assertEquals("email:a@b.c", ManagerKey.of(" ", "A@B.c"));
  }
}
