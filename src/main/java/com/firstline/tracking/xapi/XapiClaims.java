package com.firstline.tracking.xapi;

import com.firstline.tracking.outbox.DeliveryAttempt;
import com.firstline.tracking.outbox.DeliverySettings;
import com.firstline.tracking.outbox.Outbox;
import com.firstline.tracking.outbox.RowClaims;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The xAPI outbox's rows as workers see them, each step its own short transaction. How claims work
 * is {@link RowClaims}'s; all statements go to the one configured LRS.
 */
@ApplicationScoped
@Transactional(TxType.REQUIRES_NEW)
public class XapiClaims {
  @PersistenceContext(unitName = "firstline")
  EntityManager em;

  private RowClaims<XapiStatementRow> rows() {
    return new RowClaims<>(em, XapiStatementRow.class, "TrackingXapiStatement", null, "");
  }

  public List<Outbox.Due> due(Instant now, int perDestination, int limit) {
    return rows().due(now, perDestination, limit);
  }

  public boolean claim(long id, String worker, Instant now, Duration lease) {
    return rows().claim(id, worker, now, lease);
  }

  /** The statement's JSON, if {@code worker} still holds the claim. */
  public Optional<String> claimed(long id, String worker) {
    return rows().claimed(id, worker).map(XapiStatementRow::statementJson);
  }

  public boolean record(
      long id, String worker, DeliveryAttempt result, DeliverySettings settings, Instant now) {
    return rows().record(id, worker, result, settings, now);
  }
}
