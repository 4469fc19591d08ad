-- People, as the platform that sent them knows them: (issuer, subject) is unique.
CREATE TABLE person (
  id                BIGINT       NOT NULL AUTO_INCREMENT,
  issuer            VARCHAR(255) NOT NULL,
  subject           VARCHAR(255) NOT NULL,
  display_name      VARCHAR(300),
  email             VARCHAR(320),
  person_sourcedid  VARCHAR(255),
  employee_id       VARCHAR(255),
  created_at        TIMESTAMP(3) NOT NULL,
  updated_at        TIMESTAMP(3) NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_person_subject (issuer, subject)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
