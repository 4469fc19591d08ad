-- Identifiers from LMSs and our own ids compare exactly: case, accents and trailing spaces count. LTI
-- says a subject, a context id or a resource link id is an opaque string, so 'Case-Sub-1', 'case-sub-1'
-- and 'case-sub-1 ' are three people. ${exact_collation} is a binary NO PAD collation, chosen at
-- migration time for the server (utf8mb4_nopad_bin on MariaDB, utf8mb4_0900_bin on MySQL 8): plain
-- utf8mb4_bin still ignores trailing spaces.
--
-- Safe on existing data: a binary collation only tells apart values the old one thought equal, so no
-- unique key can be broken by this change and no row is touched. Rows the old collation merged (two
-- LMS users stored as one person) stay as they are; the next launch of the other one creates their own.
-- Email addresses and display text keep the case-insensitive collation.

ALTER TABLE lti_deep_linking_request DROP FOREIGN KEY fk_lti_deep_linking_launch;

ALTER TABLE module_version
  MODIFY module_id VARCHAR(100) COLLATE ${exact_collation} NOT NULL;

ALTER TABLE person
  MODIFY issuer           VARCHAR(255) COLLATE ${exact_collation} NOT NULL,
  MODIFY subject          VARCHAR(255) COLLATE ${exact_collation} NOT NULL,
  MODIFY person_sourcedid VARCHAR(255) COLLATE ${exact_collation} NULL,
  MODIFY employee_id      VARCHAR(255) COLLATE ${exact_collation} NULL;

ALTER TABLE attempt
  MODIFY module_id    VARCHAR(100) COLLATE ${exact_collation} NOT NULL,
  MODIFY launch_id    VARCHAR(64)  COLLATE ${exact_collation} NULL,
  MODIFY current_node VARCHAR(100) COLLATE ${exact_collation} NOT NULL;

ALTER TABLE attempt_step
  MODIFY node_id   VARCHAR(100) COLLATE ${exact_collation} NOT NULL,
  MODIFY choice_id VARCHAR(100) COLLATE ${exact_collation} NULL,
  MODIFY to_node   VARCHAR(100) COLLATE ${exact_collation} NOT NULL;

ALTER TABLE lti_registration
  MODIFY issuer    VARCHAR(255) COLLATE ${exact_collation} NOT NULL,
  MODIFY client_id VARCHAR(255) COLLATE ${exact_collation} NOT NULL;

ALTER TABLE lti_deployment
  MODIFY deployment_id VARCHAR(255) COLLATE ${exact_collation} NOT NULL;

ALTER TABLE lti_tool_key
  MODIFY kid VARCHAR(64) COLLATE ${exact_collation} NOT NULL;

ALTER TABLE lti_login_state
  MODIFY state VARCHAR(64) COLLATE ${exact_collation} NOT NULL,
  MODIFY nonce VARCHAR(64) COLLATE ${exact_collation} NOT NULL;

ALTER TABLE lti_launch
  MODIFY id               VARCHAR(32)  COLLATE ${exact_collation} NOT NULL,
  MODIFY issuer           VARCHAR(255) COLLATE ${exact_collation} NOT NULL,
  MODIFY client_id        VARCHAR(255) COLLATE ${exact_collation} NOT NULL,
  MODIFY deployment_id    VARCHAR(255) COLLATE ${exact_collation} NOT NULL,
  MODIFY context_id       VARCHAR(255) COLLATE ${exact_collation} NULL,
  MODIFY resource_link_id VARCHAR(255) COLLATE ${exact_collation} NULL,
  MODIFY module_id        VARCHAR(100) COLLATE ${exact_collation} NULL;

ALTER TABLE lti_deep_linking_request
  MODIFY launch_id VARCHAR(32) COLLATE ${exact_collation} NOT NULL;

ALTER TABLE lti_deep_linking_request
  ADD CONSTRAINT fk_lti_deep_linking_launch FOREIGN KEY (launch_id)
    REFERENCES lti_launch (id) ON DELETE CASCADE;

ALTER TABLE tracking_delivery
  MODIFY module_id  VARCHAR(100) COLLATE ${exact_collation} NOT NULL,
  MODIFY launch_id  VARCHAR(32)  COLLATE ${exact_collation} NOT NULL,
  MODIFY issuer     VARCHAR(255) COLLATE ${exact_collation} NOT NULL,
  MODIFY context_id VARCHAR(255) COLLATE ${exact_collation} NULL,
  MODIFY user_id    VARCHAR(255) COLLATE ${exact_collation} NOT NULL;

ALTER TABLE tracking_roster
  MODIFY issuer     VARCHAR(255) COLLATE ${exact_collation} NOT NULL,
  MODIFY context_id VARCHAR(255) COLLATE ${exact_collation} NOT NULL;

ALTER TABLE tracking_roster_member
  MODIFY user_id VARCHAR(255) COLLATE ${exact_collation} NOT NULL;

ALTER TABLE tracking_xapi_statement
  MODIFY statement_id CHAR(36) COLLATE ${exact_collation} NOT NULL;
