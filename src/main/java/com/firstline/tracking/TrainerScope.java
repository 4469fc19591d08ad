package com.firstline.tracking;

import com.firstline.lti.admin.AdminCredential;
import com.firstline.lti.launch.LaunchRecord;
import com.firstline.lti.launch.Launches;
import com.firstline.platform.errors.ProblemException;
import com.firstline.platform.identity.Caller;
import com.firstline.platform.identity.CurrentCaller;
import com.firstline.platform.identity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * What a trainer or admin may look at, by the launch their session came from:
 *
 * <ul>
 *   <li>a trainer (Instructor, ContentDeveloper) sees the course of their launch, and nothing
 *       without one;
 *   <li>an LMS Administrator sees every course of their own registration (one LMS tenant), never
 *       another's, with or without a course in the launch;
 *   <li>only a session of no LMS at all, the development sign-in as admin, sees across
 *       registrations, as does the operator with the admin token ({@link #ofOperator}).
 * </ul>
 */
@ApplicationScoped
public class TrainerScope {
  @Inject Launches launches;
  @Inject AdminCredential adminToken;

  /** A course, by the platform that runs it and its context id. */
  public record Course(long registrationId, String issuer, String contextId, LaunchRecord launch) {}

  /**
   * What the caller may see: {@code course} set for a trainer; {@code registrationId} alone for an
   * LMS admin; neither for the development admin (everything).
   */
  public record Scope(Long registrationId, Course course) {
    static final Scope EVERYTHING = new Scope(null, null);

    public boolean everything() {
      return registrationId == null && course == null;
    }

    /** Whether a row of this registration and course is inside the scope. */
    public boolean covers(Long rowRegistrationId, String rowIssuer, String rowContextId) {
      if (course != null) {
        return course.issuer().equals(rowIssuer) && course.contextId().equals(rowContextId);
      }
      return registrationId == null || registrationId.equals(rowRegistrationId);
    }
  }

  /**
   * Everything, when a request without a session carries the operator's admin token; otherwise the
   * 401 of a missing session, since trainers and LMS admins are the usual callers.
   */
  public Scope ofOperator(String authorizationHeader, CurrentCaller current) {
    if (adminToken.accepts(authorizationHeader)) {
      return Scope.EVERYTHING;
    }
    return of(current.signedIn());
  }

  public Scope of(Caller caller) {
    caller.require(Role.TRAINER);
    if (caller.launchId() == null) {
      if (caller.roles().contains(Role.ADMIN)) {
        return Scope.EVERYTHING;
      }
      throw ProblemException.forbidden(
          "Open Firstline from your course in the LMS: this page shows that course's managers.");
    }
    LaunchRecord launch =
        launches
            .byId(caller.launchId())
            .orElseThrow(() -> ProblemException.forbidden("The launch of this session is gone."));
    if (launch.registrationId() == null) {
      throw ProblemException.forbidden("The LMS this session came from is no longer registered.");
    }
    if (caller.roles().contains(Role.ADMIN)) {
      return new Scope(launch.registrationId(), null);
    }
    if (launch.contextId() == null) {
      throw ProblemException.forbidden(
          "Open Firstline from your course in the LMS: this page shows that course's managers.");
    }
    return new Scope(launch.registrationId(), course(launch));
  }

  /** The caller's course; 403 when their session came from no course at all. */
  public Course required(Caller caller) {
    caller.require(Role.TRAINER);
    LaunchRecord launch =
        caller.launchId() == null ? null : launches.byId(caller.launchId()).orElse(null);
    if (launch == null || launch.contextId() == null || launch.registrationId() == null) {
      throw ProblemException.forbidden(
          "Open Firstline from a course in the LMS: the roster is that course's.");
    }
    return course(launch);
  }

  private static Course course(LaunchRecord launch) {
    return new Course(launch.registrationId(), launch.issuer(), launch.contextId(), launch);
  }
}
