-- People's data: the log of admin actions, and indexes for the retention job.

-- Every admin action (registrations, deployments, registration links, key rotation, score retries,
-- exports and erasures of a person's data): who did it (the admin token, or a person of an LMS), when,
-- what and to what. registration_id is the LMS tenant an entry belongs to (null: the whole server), so an
-- LMS Administrator reads the entries of their own registration only. An erasure's entry names the
-- person's key (issuer and subject), never the data that was erased.
CREATE TABLE admin_audit (
  id               BIGINT        NOT NULL AUTO_INCREMENT,
  at               TIMESTAMP(3)  NOT NULL,
  actor_kind       VARCHAR(10)   NOT NULL,
  actor_person_id  BIGINT        NULL,
  actor_label      VARCHAR(600)  NOT NULL,
  action           VARCHAR(60)   CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  target           VARCHAR(1000) NOT NULL,
  registration_id  BIGINT        NULL,
  PRIMARY KEY (id),
  KEY ix_admin_audit_at (at),
  KEY ix_admin_audit_registration (registration_id, at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The retention job (privacy.retention-days) deletes attempts and launches by age, a batch at a time, and
-- keeps a launch while an attempt still names it.
ALTER TABLE attempt ADD KEY ix_attempt_updated (updated_at), ADD KEY ix_attempt_launch (launch_id);
ALTER TABLE lti_launch ADD KEY ix_lti_launch_created (created_at);
