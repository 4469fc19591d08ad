package com.firstline.engagement.control;

import com.firstline.player.control.StepRecorded;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The choices of each person's first attempt at each module, recorded as the player reports each
 * step (in that step's transaction). A later attempt adds nothing; a step back keeps the choice
 * first taken at that scene, because it is the first try that the per-choice report compares.
 */
@ApplicationScoped
@Transactional
public class FirstTries {
  @Resource(lookup = "jdbc/firstline")
  DataSource dataSource;

  /** One person's first try at one module: the version played and scene id to choice id. */
  public record FirstTry(long moduleVersionId, Map<String, String> choices) {}

  void record(@Observes StepRecorded step) {
    if (step.choiceId() == null) {
      return;
    }
    Jdbc jdbc = new Jdbc(dataSource);
    List<Long> attempts =
        jdbc.query(
            "SELECT attempt_id FROM engagement_first_try WHERE person_id = ? AND module_id = ?"
                + " LIMIT 1",
            rs -> rs.getLong(1),
            step.personId(),
            step.moduleId());
    if (!attempts.isEmpty() && attempts.get(0) != step.attemptId()) {
      return;
    }
    jdbc.update(
        "INSERT IGNORE INTO engagement_first_try (person_id, module_id, scene_id, attempt_id,"
            + " module_version_id, choice_id, step_no, taken_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        step.personId(),
        step.moduleId(),
        step.fromNode(),
        step.attemptId(),
        step.moduleVersionId(),
        step.choiceId(),
        step.stepNo(),
        Timestamp.from(step.takenAt()));
  }

  private record Step(
      long personId, String moduleId, long moduleVersionId, String sceneId, String choiceId) {}

  /** Person id to module id to that person's first try. */
  public Map<Long, Map<String, FirstTry>> all() {
    Map<Long, Map<String, FirstTry>> tries = new HashMap<>();
    for (Step step :
        new Jdbc(dataSource)
            .query(
                "SELECT person_id, module_id, module_version_id, scene_id, choice_id FROM"
                    + " engagement_first_try",
                rs ->
                    new Step(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getLong(3),
                        rs.getString(4),
                        rs.getString(5)))) {
      tries
          .computeIfAbsent(step.personId(), p -> new HashMap<>())
          .computeIfAbsent(
              step.moduleId(), m -> new FirstTry(step.moduleVersionId(), new HashMap<>()))
          .choices()
          .put(step.sceneId(), step.choiceId());
    }
    return tries;
  }
}
