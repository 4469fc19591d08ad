-- LTI Dynamic Registration: one-time registration codes.

-- An admin creates a code (POST /api/admin/lti/registration-links) and pastes the link carrying it into
-- the LMS. An open registration URL would let anyone register a platform whose launches may then claim
-- any role, so /lti/register first claims the code: used once, before it expires. Only the SHA-256 of
-- the code is kept, so reading this table gives no one a usable link. The registration the code made
-- is noted for the audit trail.
CREATE TABLE lti_registration_code (
  code_hash        CHAR(64)     NOT NULL,
  created_at       TIMESTAMP(3) NOT NULL,
  expires_at       TIMESTAMP(3) NOT NULL,
  used_at          TIMESTAMP(3) NULL,
  registration_id  BIGINT       NULL,
  PRIMARY KEY (code_hash),
  KEY ix_lti_registration_code_expires (expires_at),
  CONSTRAINT fk_lti_registration_code_registration FOREIGN KEY (registration_id)
    REFERENCES lti_registration (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
