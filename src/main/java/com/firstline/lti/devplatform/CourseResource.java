package com.firstline.lti.devplatform;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * {@code GET /api/dev-platform/course}: what the development LMS's course page (/lms/) shows — the
 * course, its people, the links added through deep linking, and the gradebook as Firstline filled
 * it over AGS. This is the LMS's own page, so it needs no Firstline session; like every
 * development-platform address it is a 404 while the platform is off.
 */
@Path("dev-platform/course")
@Produces(MediaType.APPLICATION_JSON)
public class CourseResource {
  @Inject DevPlatform platform;
  @Inject Visitors visitors;
  @Inject Gradebook gradebook;
  @Inject CourseLinks courseLinks;

  @Context HttpServletRequest request;

  /** The course page's view. */
  public record CourseView(
      String title,
      String you,
      List<MemberView> members,
      List<LinkView> links,
      List<ColumnView> columns,
      List<GradeView> grades) {}

  /** One person in the course; {@code you} marks this browser's learner. */
  public record MemberView(String userId, String name, String role, boolean you) {}

  /** One link added through deep linking. */
  public record LinkView(String title, String url, String moduleId, Instant addedAt) {}

  /** One gradebook column. */
  public record ColumnView(long id, String label, String resourceId, BigDecimal scoreMaximum) {}

  /** One gradebook cell. */
  public record GradeView(
      long columnId,
      String userId,
      BigDecimal scoreGiven,
      BigDecimal scoreMaximum,
      String activityProgress,
      String gradingProgress,
      String comment,
      Instant receivedAt) {}

  @GET
  public CourseView course() {
    platform.requireEnabled();
    var you = visitors.of(request);
    List<MemberView> members =
        SampleCourse.members(visitors.enrolled()).stream()
            .map(
                p ->
                    new MemberView(
                        p.subject(),
                        p.name(),
                        p.learner()
                            ? "Learner"
                            : p.roles().contains(SampleCourse.INSTITUTION_ADMIN)
                                ? "Administrator"
                                : "Instructor",
                        you.map(v -> v.subject().equals(p.subject())).orElse(false)))
            .toList();
    return new CourseView(
        SampleCourse.TITLE,
        you.map(Visitor::name).orElse(null),
        members,
        courseLinks.all().stream()
            .map(l -> new LinkView(l.title(), l.url(), l.moduleId(), l.addedAt()))
            .toList(),
        gradebook.lineItems(null).stream()
            .map(i -> new ColumnView(i.id(), i.label(), i.resourceId(), i.scoreMaximum()))
            .toList(),
        gradebook.cells().stream()
            .map(
                c ->
                    new GradeView(
                        c.lineItemId(),
                        c.userId(),
                        c.scoreGiven(),
                        c.scoreMaximum(),
                        c.activityProgress(),
                        c.gradingProgress(),
                        c.comment(),
                        c.receivedAt()))
            .toList());
  }
}
