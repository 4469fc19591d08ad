package com.firstline.tracking.board;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The learners this node has seen listed as active on their course's stored roster. A learner
 * launches many times; once they are listed, a launch has nothing to add, and remembering that
 * spares it a transaction. A replacement from NRPS forgets the course on this node; another node's
 * memory may then say "listed" for a learner NRPS marked as gone, until the course's next fetch
 * there — NRPS is the authority on who is in a course either way. Bounded: forgotten when full.
 */
@ApplicationScoped
public class KnownLearners {
  static final int CAPACITY = 50_000;

  private final Map<String, Boolean> listed = new ConcurrentHashMap<>();

  public boolean isListed(String issuer, String contextId, String userId) {
    return listed.containsKey(key(issuer, contextId, userId));
  }

  public void listed(String issuer, String contextId, String userId) {
    if (listed.size() >= CAPACITY) {
      listed.clear();
    }
    listed.put(key(issuer, contextId, userId), Boolean.TRUE);
  }

  /** Forgets a course's learners: its roster has just been replaced. */
  public void forgetCourse(String issuer, String contextId) {
    String course = key(issuer, contextId, "");
    listed.keySet().removeIf(key -> key.startsWith(course));
  }

  // At worst a crafted id makes two keys meet, and a launch then skips adding someone to a board
  // that the next NRPS fetch lists anyway.
  private static String key(String issuer, String contextId, String userId) {
    return issuer + '\0' + contextId + '\0' + userId;
  }
}
