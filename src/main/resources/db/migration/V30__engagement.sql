-- Engagement: organisation snapshots, survey results per team and wave, completions, identity links,
-- imports in progress and the access log. Individual survey responses are never stored: a response-level
-- file is aggregated to team-waves while it streams.

-- One import of the organisation, as of a date. Every snapshot is kept: analytics use, for each wave, the
-- latest snapshot on or before the wave's date (teams change managers).
CREATE TABLE engagement_org_snapshot (
  id           BIGINT       NOT NULL AUTO_INCREMENT,
  as_of        DATE         NOT NULL,
  imported_at  TIMESTAMP(3) NOT NULL,
  sample       BOOLEAN      NOT NULL DEFAULT FALSE,
  PRIMARY KEY (id),
  KEY ix_engagement_org_snapshot_as_of (as_of)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE engagement_team (
  snapshot_id          BIGINT        NOT NULL,
  team_id              VARCHAR(100)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  team_name            VARCHAR(300)  NOT NULL,
  manager_employee_id  VARCHAR(255)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL,
  manager_email        VARCHAR(320)  NULL,
  parent_team_id       VARCHAR(100)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL,
  headcount            INT           NULL,
  PRIMARY KEY (snapshot_id, team_id),
  KEY ix_engagement_team_manager (manager_employee_id),
  CONSTRAINT fk_engagement_team_snapshot FOREIGN KEY (snapshot_id)
    REFERENCES engagement_org_snapshot (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One wave of one survey; importing the same survey and wave again replaces its results.
CREATE TABLE engagement_wave (
  id           BIGINT       NOT NULL AUTO_INCREMENT,
  survey       VARCHAR(200) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  wave_date    DATE         NOT NULL,
  source       VARCHAR(20)  NOT NULL,
  imported_at  TIMESTAMP(3) NOT NULL,
  sample       BOOLEAN      NOT NULL DEFAULT FALSE,
  PRIMARY KEY (id),
  UNIQUE KEY uk_engagement_wave (survey, wave_date)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A team's aggregate at one wave: engagement (favourability 0-100), eNPS (-100..100), respondents.
CREATE TABLE engagement_team_wave (
  wave_id      BIGINT       NOT NULL,
  team_id      VARCHAR(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  invited      INT          NULL,
  respondents  INT          NOT NULL,
  engagement   DOUBLE       NULL,
  mean_score   DOUBLE       NULL,
  enps         DOUBLE       NULL,
  PRIMARY KEY (wave_id, team_id),
  KEY ix_engagement_team_wave_team (team_id),
  CONSTRAINT fk_engagement_team_wave_wave FOREIGN KEY (wave_id)
    REFERENCES engagement_wave (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Each item's favourability per team and wave (the q_<item> columns).
CREATE TABLE engagement_item (
  wave_id        BIGINT       NOT NULL,
  team_id        VARCHAR(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  item           VARCHAR(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  favourability  DOUBLE       NOT NULL,
  PRIMARY KEY (wave_id, team_id, item),
  CONSTRAINT fk_engagement_item_wave FOREIGN KEY (wave_id)
    REFERENCES engagement_wave (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Completions: from the player (source 'launch', by person) or imported (source 'imported', by employee id
-- or email).
CREATE TABLE engagement_completion (
  id            BIGINT       NOT NULL AUTO_INCREMENT,
  source        VARCHAR(10)  NOT NULL,
  attempt_id    BIGINT       NULL,
  person_id     BIGINT       NULL,
  employee_id   VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL,
  email         VARCHAR(320) NULL,
  module_id     VARCHAR(100) NOT NULL,
  completed_at  TIMESTAMP(3) NOT NULL,
  passed        BOOLEAN      NOT NULL,
  score         INT          NULL,
  sample        BOOLEAN      NOT NULL DEFAULT FALSE,
  PRIMARY KEY (id),
  UNIQUE KEY uk_engagement_completion_attempt (attempt_id),
  KEY ix_engagement_completion_person (person_id),
  KEY ix_engagement_completion_employee (employee_id),
  KEY ix_engagement_completion_email (email)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Links an admin made by hand between a manager (by 'id:<employee id>' or 'email:<lower-case email>') and
-- an LMS person. They are not touched by imports, so they survive re-imports.
CREATE TABLE engagement_manager_link (
  manager_key  VARCHAR(330) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  person_id    BIGINT       NOT NULL,
  linked_by    BIGINT       NOT NULL,
  linked_at    TIMESTAMP(3) NOT NULL,
  PRIMARY KEY (manager_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Imports in progress and done: a page can leave and come back to one. errors holds the first 100 problems
-- as JSON; error_count all of them.
CREATE TABLE engagement_import (
  id           BIGINT        NOT NULL AUTO_INCREMENT,
  kind         VARCHAR(20)   NOT NULL,
  file_name    VARCHAR(300)  NOT NULL,
  status       VARCHAR(20)   NOT NULL,
  rows_read    BIGINT        NOT NULL DEFAULT 0,
  bytes_read   BIGINT        NOT NULL DEFAULT 0,
  total_bytes  BIGINT        NOT NULL DEFAULT 0,
  error_count  INT           NOT NULL DEFAULT 0,
  errors       MEDIUMTEXT    NULL,
  summary      VARCHAR(1000) NULL,
  started_by   BIGINT        NOT NULL,
  started_at   TIMESTAMP(3)  NOT NULL,
  finished_at  TIMESTAMP(3)  NULL,
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Who read engagement data, what and when. Admins can read it.
CREATE TABLE engagement_access_log (
  id         BIGINT       NOT NULL AUTO_INCREMENT,
  person_id  BIGINT       NOT NULL,
  action     VARCHAR(100) NOT NULL,
  detail     VARCHAR(500) NULL,
  at         TIMESTAMP(3) NOT NULL,
  PRIMARY KEY (id),
  KEY ix_engagement_access_log_at (at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
