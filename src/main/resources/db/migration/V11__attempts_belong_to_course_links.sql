-- An attempt belongs to a person, a module and the course link it was started from (link_key, see
-- LinkKeys): resuming from another course starts that course's own attempt, and the grade goes to the
-- link's gradebook column. Attempts of the development sign-in have no link and are graded nowhere.
ALTER TABLE attempt
  ADD COLUMN link_key CHAR(64) CHARACTER SET ascii COLLATE ascii_bin NULL AFTER launch_id,
  ADD KEY ix_attempt_person_link (person_id, module_id, link_key, status);

-- Attempts recorded before: the link of the launch they began from, when that launch was a link to
-- the same module (an attempt started with another module's session gets none: it is graded nowhere).
UPDATE attempt a JOIN lti_launch l ON l.id = a.launch_id
   SET a.link_key = SHA2(CONCAT(
         CHAR_LENGTH(l.issuer), ':', l.issuer,
         CHAR_LENGTH(l.deployment_id), ':', l.deployment_id,
         CHAR_LENGTH(COALESCE(l.context_id, '')), ':', COALESCE(l.context_id, ''),
         CHAR_LENGTH(COALESCE(l.resource_link_id, '')), ':', COALESCE(l.resource_link_id, '')), 256)
 WHERE l.message_type = 'LtiResourceLinkRequest'
   AND l.module_id = a.module_id
   AND l.resource_link_id IS NOT NULL;

-- Scores of one person for one link leave one at a time and in order (grade_key); a score queued while
-- an older one still waits replaces it (status SUPERSEDED), since the newer one carries the grade.
ALTER TABLE tracking_delivery
  ADD COLUMN grade_key VARCHAR(100) CHARACTER SET ascii COLLATE ascii_bin NULL AFTER user_id,
  ADD COLUMN grade_policy VARCHAR(10) NULL AFTER score_maximum,
  ADD KEY ix_tracking_delivery_grade (grade_key, status);

UPDATE tracking_delivery d JOIN attempt a ON a.id = d.attempt_id
   SET d.grade_key = CONCAT(d.person_id, ':', COALESCE(a.link_key, d.launch_id));

ALTER TABLE tracking_delivery MODIFY grade_key VARCHAR(100) CHARACTER SET ascii COLLATE ascii_bin NOT NULL;

-- A module's gradebook column in a course, once found or created, for every node: the first node to
-- need it claims the row (unique key) and finds or creates it; the others wait for its URL.
CREATE TABLE tracking_line_item (
  item_key       CHAR(64)      CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  lineitems_url  VARCHAR(2000) NOT NULL,
  module_id      VARCHAR(100)  COLLATE ${exact_collation} NOT NULL,
  lineitem_url   VARCHAR(2000) NULL,
  claimed_by     VARCHAR(100)  NULL,
  claimed_until  TIMESTAMP(3)  NULL,
  created_at     TIMESTAMP(3)  NOT NULL,
  updated_at     TIMESTAMP(3)  NOT NULL,
  PRIMARY KEY (item_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
