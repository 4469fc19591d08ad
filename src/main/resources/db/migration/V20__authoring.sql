-- Authoring in the browser. A module version now says where it came from: a file of content/ or the
-- browser editor. A module whose newest version came from the editor is no longer taken from its file
-- at startup (see the README's "Authoring"), so a later file change is never applied over it silently.
ALTER TABLE module_version
  ADD COLUMN published_from VARCHAR(10) NOT NULL DEFAULT 'FILE',
  ADD COLUMN published_by   BIGINT       NULL;

-- The draft a trainer edits: the module's document tree (the JSON form of its YAML file), with a
-- revision for optimistic locking. One draft per module; publishing copies it into a module_version.
CREATE TABLE authoring_draft (
  module_id      VARCHAR(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  document_json  MEDIUMTEXT   NOT NULL,
  revision       INT          NOT NULL,
  updated_by     BIGINT       NOT NULL,
  updated_at     TIMESTAMP(3) NOT NULL,
  created_at     TIMESTAMP(3) NOT NULL,
  PRIMARY KEY (module_id),
  CONSTRAINT fk_authoring_draft_person FOREIGN KEY (updated_by) REFERENCES person (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
