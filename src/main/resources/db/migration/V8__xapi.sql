-- Learning records to an LRS (xAPI), when one is configured.

-- The outbox of xAPI statements, one row each, written in the same transaction as the attempt's
-- step it records, and sent by the same workers (same claiming and retry columns) as
-- tracking_delivery. The statement is stored as sent, with its id fixed when it was written, so a
-- statement sent again after a lost answer is stored once by the LRS.
CREATE TABLE tracking_xapi_statement (
  id                BIGINT        NOT NULL AUTO_INCREMENT,
  statement_id      CHAR(36)      NOT NULL,
  attempt_id        BIGINT        NOT NULL,
  verb              VARCHAR(40)   NOT NULL,
  statement_json    TEXT          NOT NULL,
  status            VARCHAR(20)   NOT NULL,
  tries             INT           NOT NULL,
  next_try_at       TIMESTAMP(3)  NOT NULL,
  claimed_by        VARCHAR(100)  NULL,
  claimed_until     TIMESTAMP(3)  NULL,
  last_error        VARCHAR(2000) NULL,
  last_http_status  INT           NULL,
  delivered_at      TIMESTAMP(3)  NULL,
  created_at        TIMESTAMP(3)  NOT NULL,
  updated_at        TIMESTAMP(3)  NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_tracking_xapi_statement (statement_id),
  KEY ix_tracking_xapi_statement_due (status, next_try_at),
  KEY ix_tracking_xapi_statement_attempt (attempt_id),
  CONSTRAINT fk_tracking_xapi_statement_attempt FOREIGN KEY (attempt_id) REFERENCES attempt (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
