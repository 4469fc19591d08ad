package com.firstline.tracking.xapi;

import com.firstline.tracking.outbox.OutboxRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One xAPI statement on its way to the LRS: the statement as JSON, built (with its id) when the
 * step it records was taken, and the state of sending it ({@link OutboxRow}). The id never changes,
 * so however often the statement is sent, the LRS stores it once.
 */
@Entity(name = "TrackingXapiStatement")
@Table(name = "tracking_xapi_statement")
public class XapiStatementRow extends OutboxRow {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "statement_id", nullable = false, updatable = false)
  private String statementId;

  @Column(name = "attempt_id", nullable = false, updatable = false)
  private long attemptId;

  @Column(nullable = false, updatable = false)
  private String verb;

  @Column(name = "statement_json", nullable = false, updatable = false)
  private String statementJson;

  protected XapiStatementRow() {}

  private XapiStatementRow(Instant now) {
    super(now);
  }

  /** A statement to send as soon as a worker gets to it. */
  public static XapiStatementRow of(
      UUID statementId, long attemptId, String verb, String statementJson, Instant now) {
    XapiStatementRow row = new XapiStatementRow(now);
    row.statementId = statementId.toString();
    row.attemptId = attemptId;
    row.verb = verb;
    row.statementJson = statementJson;
    return row;
  }

  public Long id() {
    return id;
  }

  public String statementId() {
    return statementId;
  }

  public long attemptId() {
    return attemptId;
  }

  public String verb() {
    return verb;
  }

  public String statementJson() {
    return statementJson;
  }
}
