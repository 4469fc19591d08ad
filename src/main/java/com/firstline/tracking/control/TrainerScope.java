package com.firstline.tracking.control;

import com.firstline.lti.launch.LaunchRecord;
import com.firstline.lti.launch.Launches;
import com.firstline.platform.errors.ProblemException;
import com.firstline.platform.identity.Caller;
import com.firstline.platform.identity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Which course a trainer may look at: the context of the launch their session came from. A trainer
 * sees their own course's managers only; an admin signed in without a launch sees every course.
 */
@ApplicationScoped
public class TrainerScope {
  @Inject Launches launches;

  /** A course, by the platform that runs it and its context id. */
  public record Course(String issuer, String contextId, LaunchRecord launch) {}

  /**
   * The caller's course, or empty for an admin without a launch (who may see all); a 403 problem
   * for a trainer whose session has no course.
   */
  public Optional<Course> of(Caller caller) {
    caller.require(Role.TRAINER);
    LaunchRecord launch =
        caller.launchId() == null ? null : launches.byId(caller.launchId()).orElse(null);
    if (launch != null && launch.contextId() != null) {
      return Optional.of(new Course(launch.issuer(), launch.contextId(), launch));
    }
    if (caller.roles().contains(Role.ADMIN)) {
      return Optional.empty();
    }
    throw ProblemException.forbidden(
        "Open Firstline from your course in the LMS: this page shows that course's managers.");
  }

  /** The caller's course; 403 when their session came from no course at all. */
  public Course required(Caller caller) {
    return of(caller)
        .orElseThrow(
            () ->
                ProblemException.forbidden(
                    "Open Firstline from a course in the LMS: the roster is that course's."));
  }
}
