package com.firstline.tracking.grades;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * A module's gradebook column in a course (a line item container), found or created once for every
 * node. The first node to need it claims its row, in the database, and finds or creates it on the
 * platform; the others see the claim and try their score again shortly, then read the column's URL.
 * A claim runs out, so a node that died while creating hands the work on. Each step is its own
 * short transaction.
 */
@ApplicationScoped
@Transactional(TxType.REQUIRES_NEW)
public class LineItemClaims {
  @PersistenceContext(unitName = "firstline")
  EntityManager em;

  /** The column's URL, when some node has found or created it. */
  public Optional<String> known(String lineItemsUrl, String moduleId) {
    List<?> url =
        em.createNativeQuery(
                "SELECT lineitem_url FROM tracking_line_item"
                    + " WHERE item_key = ?1 AND lineitem_url IS NOT NULL")
            .setParameter(1, key(lineItemsUrl, moduleId))
            .getResultList();
    return url.stream().map(String::valueOf).findFirst();
  }

  /** True when {@code worker} now holds the right to find or create the column until the lease. */
  public boolean claim(
      String lineItemsUrl, String moduleId, String worker, Instant now, Duration lease) {
    String key = key(lineItemsUrl, moduleId);
    Timestamp at = Timestamp.from(now);
    // Inserts the row claimed, or takes over a claim that ran out before a URL was recorded.
    em.createNativeQuery(
            "INSERT INTO tracking_line_item (item_key, lineitems_url, module_id, claimed_by,"
                + " claimed_until, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)"
                + " ON DUPLICATE KEY UPDATE"
                + " claimed_by = IF(lineitem_url IS NULL AND claimed_until < ?6, ?4, claimed_by),"
                + " claimed_until = IF(lineitem_url IS NULL AND claimed_until < ?6, ?5,"
                + " claimed_until)")
        .setParameter(1, key)
        .setParameter(2, lineItemsUrl)
        .setParameter(3, moduleId)
        .setParameter(4, worker)
        .setParameter(5, Timestamp.from(now.plus(lease)))
        .setParameter(6, at)
        .executeUpdate();
    List<?> holder =
        em.createNativeQuery(
                "SELECT claimed_by FROM tracking_line_item"
                    + " WHERE item_key = ?1 AND lineitem_url IS NULL")
            .setParameter(1, key)
            .getResultList();
    return !holder.isEmpty() && worker.equals(holder.get(0));
  }

  /** Records the column found or created by the claim's holder. */
  public void found(String lineItemsUrl, String moduleId, String url, Instant now) {
    em.createNativeQuery(
            "UPDATE tracking_line_item SET lineitem_url = ?2, claimed_by = NULL,"
                + " claimed_until = NULL, updated_at = ?3 WHERE item_key = ?1")
        .setParameter(1, key(lineItemsUrl, moduleId))
        .setParameter(2, url)
        .setParameter(3, Timestamp.from(now))
        .executeUpdate();
  }

  /** Container URLs can be long: the row's key is a digest of the container and the module. */
  static String key(String lineItemsUrl, String moduleId) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest((lineItemsUrl + "\n" + moduleId).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
