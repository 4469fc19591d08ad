package com.firstline.lti.services;

import java.time.Instant;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A final score as AGS wants it ({@code application/vnd.ims.lis.v1.score+json}). Always Completed
 * and FullyGraded: Firstline sends a score only once an attempt has ended, and some platforms
 * ignore anything not FullyGraded.
 *
 * @param userId the person's LTI {@code sub} at this platform
 * @param comment shown to the learner in some LMSs: the title of the ending they reached
 */
public record Score(
    String userId, int scoreGiven, int scoreMaximum, String comment, Instant timestamp) {
  public static final String MEDIA_TYPE = "application/vnd.ims.lis.v1.score+json";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  public String toJson() {
    ObjectNode score = JSON.createObjectNode();
    score.put("userId", userId);
    score.put("scoreGiven", scoreGiven);
    score.put("scoreMaximum", scoreMaximum);
    score.put("activityProgress", "Completed");
    score.put("gradingProgress", "FullyGraded");
    score.put("timestamp", timestamp.toString());
    if (comment != null && !comment.isBlank()) {
      score.put("comment", comment);
    }
    return JSON.writeValueAsString(score);
  }
}
