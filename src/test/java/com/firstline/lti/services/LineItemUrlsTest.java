package com.firstline.lti.services;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LineItemUrlsTest {
  @Test
  void scoresGoAfterThePath() {
    assertEquals(
        "https://lms.example.edu/courses/1/lineitems/7/scores",
        LineItemUrls.scores("https://lms.example.edu/courses/1/lineitems/7"));
  }

  @Test
  void scoresGoBeforeTheQueryString() {
    assertEquals(
        "https://moodle.example.edu/mod/lti/services.php/2/lineitems/7/lineitem/scores?type_id=2",
        LineItemUrls.scores(
            "https://moodle.example.edu/mod/lti/services.php/2/lineitems/7/lineitem?type_id=2"));
  }

  @Test
  void aTrailingSlashIsNotDoubled() {
    assertEquals(
        "https://lms.example.edu/lineitems/7/scores?a=b",
        LineItemUrls.scores("https://lms.example.edu/lineitems/7/?a=b"));
  }

  @Test
  void aQueryParameterIsAddedAfterThoseThere() {
    assertEquals(
        "https://lms.example.edu/lineitems?resource_id=mistake-at-the-counter",
        LineItemUrls.withQuery(
            "https://lms.example.edu/lineitems", "resource_id", "mistake-at-the-counter"));
    assertEquals(
        "https://lms.example.edu/lineitems?type_id=2&resource_id=a+b%26c",
        LineItemUrls.withQuery(
            "https://lms.example.edu/lineitems?type_id=2", "resource_id", "a b&c"));
  }
}
