package com.firstline.lti.devplatform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The try-out visitors: their browser cookie, and their place in the sample course's roster. */
@ApplicationScoped
@Transactional
public class Visitors {
  /** The roster lists at most this many visitors, the most recent first. */
  static final int ROSTER_LIMIT = 50;

  private static final Duration COOKIE_LIFETIME = Duration.ofDays(30);

  @PersistenceContext(unitName = "firstline")
  EntityManager em;

  Clock clock = Clock.systemUTC();

  /** The visitor this browser is, if its cookie says so. */
  public Optional<Visitor> of(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    if (cookies == null) {
      return Optional.empty();
    }
    return Arrays.stream(cookies)
        .filter(c -> Visitor.COOKIE.equals(c.getName()))
        .findFirst()
        .flatMap(c -> Visitor.of(c.getValue()));
  }

  /**
   * The browser's visitor, made now (with its cookie) for a browser that has none, and enrolled in
   * the sample course as a learner.
   */
  public Visitor joinAsLearner(
      HttpServletRequest request, HttpServletResponse response, boolean secure) {
    Visitor visitor =
        of(request)
            .orElseGet(
                () -> {
                  String value = Visitor.newCookieValue();
                  Cookie cookie = new Cookie(Visitor.COOKIE, value);
                  // The course page (/lms/) and its JSON (/api/dev-platform/course) read it too.
                  cookie.setPath("/");
                  cookie.setHttpOnly(true);
                  cookie.setSecure(secure);
                  cookie.setMaxAge((int) COOKIE_LIFETIME.toSeconds());
                  cookie.setAttribute("SameSite", "Lax");
                  response.addCookie(cookie);
                  return Visitor.of(value).orElseThrow();
                });
    em.createNativeQuery(
            "INSERT IGNORE INTO dev_platform_visitor (subject, name, joined_at) VALUES (?, ?, ?)")
        .setParameter(1, visitor.subject())
        .setParameter(2, visitor.name())
        .setParameter(3, Timestamp.from(clock.instant()))
        .executeUpdate();
    return visitor;
  }

  /** The visitors in the roster, most recent first. */
  public List<SampleCourse.Person> enrolled() {
    List<?> rows =
        em.createNativeQuery(
                "SELECT subject, name FROM dev_platform_visitor ORDER BY joined_at DESC, subject")
            .setMaxResults(ROSTER_LIMIT)
            .getResultList();
    return rows.stream()
        .map(Object[].class::cast)
        .map(row -> SampleCourse.learner((String) row[0], (String) row[1]))
        .toList();
  }
}
