package com.firstline.tracking.board;

import com.firstline.lti.launch.LtiRoles;
import com.firstline.lti.services.Member;
import com.firstline.platform.identity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.Session;

/** The stored rosters: replaced member by member with what NRPS answered, read for the board. */
@ApplicationScoped
@Transactional
public class Rosters {
  /** Rows per JDBC batch when a whole roster is written. */
  private static final int ROSTER_BATCH = 50;

  @PersistenceContext(unitName = "firstline")
  EntityManager em;

  @Inject KnownLearners knownLearners;

  Clock clock = Clock.systemUTC();

  public Optional<Roster> find(String issuer, String contextId) {
    return em.createQuery(
            "SELECT r FROM TrackingRoster r WHERE r.issuer = :issuer AND r.contextId = :context",
            Roster.class)
        .setParameter("issuer", issuer)
        .setParameter("context", contextId)
        .getResultStream()
        .findFirst();
  }

  public List<RosterMember> members(long rosterId) {
    return em.createQuery(
            "SELECT m FROM TrackingRosterMember m WHERE m.rosterId = :roster ORDER BY m.id",
            RosterMember.class)
        .setParameter("roster", rosterId)
        .getResultList();
  }

  /**
   * A launch proved a learner is in the course: a stored roster that lacks them (or marked them as
   * gone) lists them now. Without a stored roster nothing happens: the board fetches the whole
   * roster when first opened. Its own transaction, since it runs after the launch's has ended.
   * Answers whether the learner is now listed as active.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean joined(
      String issuer,
      String contextId,
      String userId,
      String name,
      String email,
      List<String> ltiRoles) {
    Optional<Roster> roster = find(issuer, contextId);
    if (roster.isEmpty()) {
      return false;
    }
    var now = clock.instant();
    RosterMember member =
        em.createQuery(
                "SELECT m FROM TrackingRosterMember m WHERE m.rosterId = :roster AND m.userId = :user",
                RosterMember.class)
            .setParameter("roster", roster.get().id())
            .setParameter("user", userId)
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (member != null && member.learner() && member.leftAt().isEmpty()) {
      return true;
    }
    if (member == null) {
      member = new RosterMember(roster.get().id(), userId, now);
      em.persist(member);
    }
    member.seen(
        name == null ? member.displayName() : name,
        email == null ? member.email() : email,
        String.join(" ", ltiRoles),
        true,
        now);
    return true;
  }

  /** Stores the platform's answer: new members added, listed ones updated, the others marked. */
  public Roster replace(String issuer, String contextId, List<Member> fetched) {
    var now = clock.instant();
    // A course's members are written together: batched, as the unit's default does not.
    em.unwrap(Session.class).setJdbcBatchSize(ROSTER_BATCH);
    // Two trainers opening a new course's board at once both fetch its roster: the row is made
    // without a duplicate-key failure, then locked, so the second replacement waits for the first.
    em.createNativeQuery(
            "INSERT INTO tracking_roster (issuer, context_id, refreshed_at) VALUES (?1, ?2, ?3)"
                + " ON DUPLICATE KEY UPDATE id = id")
        .setParameter(1, issuer)
        .setParameter(2, contextId)
        .setParameter(3, now)
        .executeUpdate();
    Roster roster =
        em.createQuery(
                "SELECT r FROM TrackingRoster r WHERE r.issuer = :issuer"
                    + " AND r.contextId = :context",
                Roster.class)
            .setParameter("issuer", issuer)
            .setParameter("context", contextId)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getSingleResult();
    roster.refreshed(now);
    Map<String, RosterMember> known = new HashMap<>();
    members(roster.id()).forEach(member -> known.put(member.userId(), member));
    Map<String, Member> listed = new HashMap<>();
    fetched.forEach(member -> listed.putIfAbsent(member.userId(), member));
    for (Member member : listed.values()) {
      RosterMember stored = known.get(member.userId());
      if (stored == null) {
        stored = new RosterMember(roster.id(), member.userId(), now);
        em.persist(stored);
      }
      if (member.active()) {
        stored.seen(
            member.name(),
            member.email(),
            String.join(" ", member.roles()),
            LtiRoles.toFirstline(member.roles()).contains(Role.MANAGER),
            now);
      } else {
        stored.left(now);
      }
    }
    known.values().stream()
        .filter(member -> !listed.containsKey(member.userId()))
        .forEach(member -> member.left(now));
    knownLearners.forgetCourse(issuer, contextId);
    return roster;
  }
}
