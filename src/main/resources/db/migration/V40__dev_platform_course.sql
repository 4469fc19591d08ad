-- The development LMS's own records (only used with dev.platform.enabled): the try-out visitors
-- who joined its sample course as learners, the gradebook's line items and the scores Firstline sent
-- to them over AGS, and the links Firstline returned through deep linking.
CREATE TABLE dev_platform_visitor (
  subject     VARCHAR(64)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  name        VARCHAR(100) NOT NULL,
  joined_at   TIMESTAMP(6) NOT NULL,
  PRIMARY KEY (subject),
  KEY dev_platform_visitor_joined (joined_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE dev_platform_line_item (
  id            BIGINT       NOT NULL AUTO_INCREMENT,
  context_id    VARCHAR(64)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  resource_id   VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL,
  label         VARCHAR(255) NOT NULL,
  score_maximum DECIMAL(12,4) NOT NULL,
  created_at    TIMESTAMP(6) NOT NULL,
  PRIMARY KEY (id),
  KEY dev_platform_line_item_context (context_id, resource_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE dev_platform_score (
  line_item_id      BIGINT       NOT NULL,
  user_id           VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  score_given       DECIMAL(12,4) NULL,
  score_maximum     DECIMAL(12,4) NULL,
  activity_progress VARCHAR(32)  NOT NULL,
  grading_progress  VARCHAR(32)  NOT NULL,
  comment_text      VARCHAR(1000) NULL,
  received_at       TIMESTAMP(6) NOT NULL,
  PRIMARY KEY (line_item_id, user_id),
  CONSTRAINT dev_platform_score_item FOREIGN KEY (line_item_id) REFERENCES dev_platform_line_item (id)
    ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE dev_platform_course_link (
  id         BIGINT        NOT NULL AUTO_INCREMENT,
  context_id VARCHAR(64)   CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  title      VARCHAR(255)  NOT NULL,
  url        VARCHAR(1000) NOT NULL,
  module_id  VARCHAR(100)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL,
  added_at   TIMESTAMP(6)  NOT NULL,
  PRIMARY KEY (id),
  KEY dev_platform_course_link_context (context_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
