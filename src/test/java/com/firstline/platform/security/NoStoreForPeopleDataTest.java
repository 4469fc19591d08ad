package com.firstline.platform.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NoStoreForPeopleDataTest {
  @Test
  void answersAboutPeopleAreMarked() {
    assertTrue(NoStoreForPeopleData.aboutPeople("/attempts/12"));
    assertTrue(NoStoreForPeopleData.aboutPeople("board"));
    assertTrue(NoStoreForPeopleData.aboutPeople("/admin/lti/registrations"));
    assertTrue(NoStoreForPeopleData.aboutPeople("/engagement/insights"));
  }

  @Test
  void sharedContentIsNot() {
    assertFalse(NoStoreForPeopleData.aboutPeople("/modules"));
    assertFalse(NoStoreForPeopleData.aboutPeople("/i18n/player"));
    assertFalse(NoStoreForPeopleData.aboutPeople("/boardgames"));
  }
}
