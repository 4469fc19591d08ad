-- Every module file imported becomes an immutable version, identified by the hash of its text.
CREATE TABLE module_version (
  id            BIGINT       NOT NULL AUTO_INCREMENT,
  module_id     VARCHAR(100) NOT NULL,
  version       INT          NOT NULL,
  content_hash  CHAR(64)     NOT NULL,
  source_text   MEDIUMTEXT   NOT NULL,
  title         VARCHAR(300) NOT NULL,
  summary       TEXT         NOT NULL,
  minutes       INT          NOT NULL,
  locale        VARCHAR(35)  NOT NULL,
  tags          VARCHAR(1000) NOT NULL,
  imported_at   TIMESTAMP(3) NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_module_version (module_id, version),
  UNIQUE KEY uk_module_hash (module_id, content_hash)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
