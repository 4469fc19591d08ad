-- Grades back to the LMS, rosters from it.

-- The outbox of scores to send. A row is written in the same transaction that completes the attempt,
-- so a completion is never recorded without its score waiting to be sent (and never sent twice: one
-- row per attempt). Delivery workers on any node claim a due row by setting claimed_by/claimed_until
-- in a conditional UPDATE; a claim that expired (a node died mid-delivery) may be taken over.
-- The score is a snapshot: later changes to the person or the module do not change what is sent.
CREATE TABLE tracking_delivery (
  id                BIGINT        NOT NULL AUTO_INCREMENT,
  attempt_id        BIGINT        NOT NULL,
  person_id         BIGINT        NOT NULL,
  module_id         VARCHAR(100)  NOT NULL,
  module_title      VARCHAR(300)  NOT NULL,
  launch_id         VARCHAR(32)   NOT NULL,
  registration_id   BIGINT        NULL,
  issuer            VARCHAR(255)  NOT NULL,
  context_id        VARCHAR(255)  NULL,
  user_id           VARCHAR(255)  NOT NULL,
  lineitem_url      VARCHAR(2000) NULL,
  lineitems_url     VARCHAR(2000) NULL,
  ags_scopes        VARCHAR(2000) NULL,
  score_given       INT           NOT NULL,
  score_maximum     INT           NOT NULL,
  comment_text      VARCHAR(1000) NULL,
  completed_at      TIMESTAMP(3)  NOT NULL,
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
  UNIQUE KEY uk_tracking_delivery_attempt (attempt_id),
  KEY ix_tracking_delivery_due (status, next_try_at),
  KEY ix_tracking_delivery_module (module_id, issuer, context_id),
  CONSTRAINT fk_tracking_delivery_attempt FOREIGN KEY (attempt_id) REFERENCES attempt (id),
  CONSTRAINT fk_tracking_delivery_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A course's roster as the platform's NRPS last told it, and when it was fetched.
CREATE TABLE tracking_roster (
  id               BIGINT        NOT NULL AUTO_INCREMENT,
  issuer           VARCHAR(255)  NOT NULL,
  context_id       VARCHAR(255)  NOT NULL,
  refreshed_at     TIMESTAMP(3)  NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_tracking_roster (issuer, context_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Members are never deleted: one who leaves the course is marked (left_at), and comes back unmarked.
CREATE TABLE tracking_roster_member (
  id             BIGINT        NOT NULL AUTO_INCREMENT,
  roster_id      BIGINT        NOT NULL,
  user_id        VARCHAR(255)  NOT NULL,
  display_name   VARCHAR(300)  NULL,
  email          VARCHAR(320)  NULL,
  lti_roles      TEXT          NOT NULL,
  learner        BOOLEAN       NOT NULL,
  first_seen_at  TIMESTAMP(3)  NOT NULL,
  last_seen_at   TIMESTAMP(3)  NOT NULL,
  left_at        TIMESTAMP(3)  NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_tracking_roster_member (roster_id, user_id),
  CONSTRAINT fk_tracking_roster_member FOREIGN KEY (roster_id) REFERENCES tracking_roster (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
