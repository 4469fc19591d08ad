-- Settings an admin changes on the Insights page (whether managers see their own team). A setting never
-- stored keeps its default from configuration.
CREATE TABLE engagement_setting (
  name        VARCHAR(100)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  value       VARCHAR(1000) NOT NULL,
  changed_by  BIGINT        NOT NULL,
  changed_at  TIMESTAMP(3)  NOT NULL,
  PRIMARY KEY (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Launches whose id_token carried the claim (or custom parameter) that engagement.hr-analyst-claim maps to
-- the HR analyst: written with the launch, read when its session asks for engagement data.
CREATE TABLE engagement_analyst_launch (
  launch_id    VARCHAR(32)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  claim        VARCHAR(300) NOT NULL,
  recorded_at  TIMESTAMP(3) NOT NULL,
  PRIMARY KEY (launch_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The choices of each person's first attempt at a module, in step order (the per-choice report compares
-- teams whose manager took the encouraging choice on the first try with those whose manager did not).
-- Only the first attempt is kept; a step back keeps the choice first taken at that scene.
CREATE TABLE engagement_first_try (
  person_id          BIGINT       NOT NULL,
  module_id          VARCHAR(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  scene_id           VARCHAR(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  attempt_id         BIGINT       NOT NULL,
  module_version_id  BIGINT       NOT NULL,
  choice_id          VARCHAR(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  step_no            INT          NOT NULL,
  taken_at           TIMESTAMP(3) NOT NULL,
  PRIMARY KEY (person_id, module_id, scene_id),
  KEY ix_engagement_first_try_attempt (attempt_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
