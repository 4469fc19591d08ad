-- A manager's attempts at a module version, and every step they took, in order.
CREATE TABLE attempt (
  id                BIGINT       NOT NULL AUTO_INCREMENT,
  person_id         BIGINT       NOT NULL,
  module_id         VARCHAR(100) NOT NULL,
  module_version_id BIGINT       NOT NULL,
  launch_id         VARCHAR(64),
  status            VARCHAR(20)  NOT NULL,
  current_node      VARCHAR(100) NOT NULL,
  step_count        INT          NOT NULL,
  variables_json    TEXT         NOT NULL,
  choice_score_sum  INT          NOT NULL,
  score             INT,
  passed            BOOLEAN,
  reflection        TEXT,
  started_at        TIMESTAMP(3) NOT NULL,
  updated_at        TIMESTAMP(3) NOT NULL,
  completed_at      TIMESTAMP(3),
  PRIMARY KEY (id),
  KEY ix_attempt_person_module (person_id, module_id, status),
  KEY ix_attempt_module (module_id, status),
  CONSTRAINT fk_attempt_person FOREIGN KEY (person_id) REFERENCES person (id),
  CONSTRAINT fk_attempt_version FOREIGN KEY (module_version_id) REFERENCES module_version (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Steps are never rewritten: going back is a step of its own.
CREATE TABLE attempt_step (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  attempt_id  BIGINT       NOT NULL,
  step_no     INT          NOT NULL,
  kind        VARCHAR(10)  NOT NULL,
  node_id     VARCHAR(100) NOT NULL,
  choice_id   VARCHAR(100),
  to_node     VARCHAR(100) NOT NULL,
  taken_at    TIMESTAMP(3) NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_attempt_step (attempt_id, step_no),
  CONSTRAINT fk_step_attempt FOREIGN KEY (attempt_id) REFERENCES attempt (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
