package com.firstline.engagement.control;

import com.firstline.engagement.control.Reports.ManagerView;
import com.firstline.engagement.org.Matching;
import com.firstline.platform.errors.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A manager's own team, found from who they are in the LMS: the organisation's managers whose
 * employee id or email the person carries, or whom an admin linked to them, kept only when matching
 * leads back to this very person (an ambiguous match shows nothing). The view is the one admins see
 * for that manager: only the teams they led, only the waves they led them, suppression applied.
 */
@ApplicationScoped
@Transactional
public class OwnTeam {
  @Inject EngagementStore store;
  @Inject Insights insights;

  public ManagerView of(long personId) {
    String mine =
        teamOf(personId)
            .orElseThrow(
                () ->
                    ProblemException.notFound(
                        "No team in the organisation is matched to you by employee id or email. An"
                            + " admin can link you to your team on the Insights page."));
    return insights.manager(mine);
  }

  /** Whether the person is matched to a team of the organisation; reads no engagement figure. */
  public boolean isMatched(long personId) {
    return teamOf(personId).isPresent();
  }

  /** The manager key of the person's team, when matching leads back to this very person. */
  private Optional<String> teamOf(long personId) {
    Optional<Matching.Person> found = store.person(personId);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Matching.Person me = found.get();
    Set<String> ids = new LinkedHashSet<>();
    if (me.employeeId() != null) {
      ids.add(me.employeeId());
    }
    if (me.sourcedId() != null) {
      ids.add(me.sourcedId());
    }
    List<String> keys = store.managerKeysFor(personId, ids, me.email());
    List<String> emails = me.email() == null ? List.of() : List.of(me.email());
    Matching matching = new Matching(store.peopleWith(ids, emails), store.links());
    for (String key : keys) {
      Long matched = matching.match(key, me.email()).personId();
      if (matched != null && matched == personId) {
        return Optional.of(key);
      }
    }
    return Optional.empty();
  }
}
