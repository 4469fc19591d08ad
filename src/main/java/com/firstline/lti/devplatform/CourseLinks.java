package com.firstline.lti.devplatform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** The links Firstline returned through deep linking, now part of the sample course. */
@ApplicationScoped
@Transactional
public class CourseLinks {
  @PersistenceContext(unitName = "firstline")
  EntityManager em;

  Clock clock = Clock.systemUTC();

  /** One link in the course, as the deep-linking answer described it. */
  record Link(String title, String url, String moduleId, Instant addedAt) {}

  public void add(List<Link> links) {
    for (Link link : links) {
      em.createNativeQuery(
              "INSERT INTO dev_platform_course_link (context_id, title, url, module_id, added_at)"
                  + " VALUES (?1, ?2, ?3, ?4, ?5)")
          .setParameter(1, SampleCourse.CONTEXT_ID)
          .setParameter(2, link.title())
          .setParameter(3, link.url())
          .setParameter(4, link.moduleId())
          .setParameter(5, Timestamp.from(clock.instant()))
          .executeUpdate();
    }
  }

  /** The course's links, newest first. */
  public List<Link> all() {
    List<?> rows =
        em.createNativeQuery(
                "SELECT title, url, module_id, added_at FROM dev_platform_course_link"
                    + " WHERE context_id = ?1 ORDER BY id DESC")
            .setParameter(1, SampleCourse.CONTEXT_ID)
            .setMaxResults(100)
            .getResultList();
    return rows.stream()
        .map(Object[].class::cast)
        .map(
            row ->
                new Link(
                    (String) row[0], (String) row[1], (String) row[2], Gradebook.instant(row[3])))
        .toList();
  }
}
