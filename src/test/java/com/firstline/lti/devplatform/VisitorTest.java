package com.firstline.lti.devplatform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.firstline.platform.identity.Role;
import org.junit.jupiter.api.Test;

/** Each try-out browser is its own learner; the cookie value itself never becomes the LTI sub. */
class VisitorTest {

  @Test
  void twoBrowsersAreTwoLearnersAndOneBrowserIsAlwaysTheSame() {
    String first = Visitor.newCookieValue();
    String second = Visitor.newCookieValue();
    Visitor one = Visitor.of(first).orElseThrow();
    assertEquals(one, Visitor.of(first).orElseThrow());
    assertNotEquals(one.subject(), Visitor.of(second).orElseThrow().subject());
    assertFalse(one.subject().contains(first), "the cookie value leaks into the LTI sub");
    assertTrue(one.name().startsWith("Visitor "));
  }

  @Test
  void aValueThisServerNeverMadeIsNoVisitor() {
    assertTrue(Visitor.of(null).isEmpty());
    assertTrue(Visitor.of("short").isEmpty());
    assertTrue(Visitor.of("has spaces and ; semicolons in it").isEmpty());
  }

  @Test
  void theRosterHasTheStaffTheSampleLearnersAndTheVisitors() {
    SampleCourse.Person visitor = Visitor.of(Visitor.newCookieValue()).orElseThrow().person();
    var members = SampleCourse.members(java.util.List.of(visitor));
    assertTrue(members.contains(SampleCourse.TRAINER));
    assertTrue(members.contains(visitor));
    assertEquals(visitor, SampleCourse.personFor(Role.MANAGER, visitor));
    assertEquals(SampleCourse.ANONYMOUS_LEARNER, SampleCourse.personFor(Role.MANAGER, null));
    assertEquals(SampleCourse.TRAINER, SampleCourse.personFor(Role.TRAINER, visitor));
  }
}
