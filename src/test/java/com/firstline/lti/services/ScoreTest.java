package com.firstline.lti.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ScoreTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Test
  void aFinalScoreIsCompletedAndFullyGraded() {
    JsonNode score =
        JSON.readTree(
            new Score(
                    "user-42",
                    85,
                    100,
                    "Tomás owns the fix",
                    Instant.parse("2026-03-02T10:00:00.123Z"))
                .toJson());
    assertEquals("user-42", score.path("userId").asString());
    assertEquals(85, score.path("scoreGiven").asInt());
    assertEquals(100, score.path("scoreMaximum").asInt());
    assertEquals("Completed", score.path("activityProgress").asString());
    assertEquals("FullyGraded", score.path("gradingProgress").asString());
    assertEquals("2026-03-02T10:00:00.123Z", score.path("timestamp").asString());
    assertEquals("Tomás owns the fix", score.path("comment").asString());
  }

  @Test
  void noCommentIsLeftOut() {
    JsonNode score = JSON.readTree(new Score("u", 0, 10, null, Instant.EPOCH).toJson());
    assertFalse(score.has("comment"));
    assertEquals(0, score.path("scoreGiven").asInt());
  }
}
