package com.firstline.platform.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A launch refreshes the person's profile; only a real change counts as one. */
class PersonTest {
  private static final Instant CREATED = Instant.parse("2026-11-01T08:00:00Z");
  private static final Instant LATER = Instant.parse("2026-11-02T08:00:00Z");
  private static final Person.Profile PROFILE =
      new Person.Profile("Ana Ruiz", "ana@example.edu", "sis-1", "E-7");

  @Test
  void theSameProfileAgainChangesNothing() {
    Person person = new Person("https://lms.example.edu", "sub-1", CREATED);
    person.refreshProfile(PROFILE, CREATED);
    person.refreshProfile(PROFILE, LATER);
    person.refreshProfile(new Person.Profile(null, null, null, null), LATER);
    assertEquals(CREATED, person.updatedAt());
  }

  @Test
  void aChangedFieldIsKeptAndDated() {
    Person person = new Person("https://lms.example.edu", "sub-1", CREATED);
    person.refreshProfile(PROFILE, CREATED);
    person.refreshProfile(new Person.Profile(null, "ana.ruiz@example.edu", null, null), LATER);
    assertEquals(LATER, person.updatedAt());
    assertEquals("ana.ruiz@example.edu", person.email());
    assertEquals("Ana Ruiz", person.displayName(), "what the launch left out is kept");
  }
}
