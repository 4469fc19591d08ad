package com.firstline.tracking.board;

import com.firstline.lti.launch.LtiRoles;
import com.firstline.lti.services.Member;
import com.firstline.platform.identity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The stored rosters: replaced member by member with what NRPS answered, read for the board. */
@ApplicationScoped
@Transactional
public class Rosters {
  @PersistenceContext(unitName = "firstline")
  EntityManager em;

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

  /** Stores the platform's answer: new members added, listed ones updated, the others marked. */
  public Roster replace(String issuer, String contextId, List<Member> fetched) {
    var now = clock.instant();
    Roster roster =
        find(issuer, contextId)
            .orElseGet(
                () -> {
                  Roster created = new Roster(issuer, contextId, now);
                  em.persist(created);
                  em.flush();
                  return created;
                });
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
    return roster;
  }
}
