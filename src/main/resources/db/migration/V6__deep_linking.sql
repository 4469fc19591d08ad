-- LTI Deep Linking 2.0 and the built-in development platform.

-- A deep-linking request waiting for the trainer's choice. The platform's settings stay here, on the
-- server, keyed by the launch whose id travels in the trainer's session token: the page never carries
-- the return URL or the opaque data, so nobody can redirect the signed answer elsewhere. Answered once.
CREATE TABLE lti_deep_linking_request (
  launch_id          VARCHAR(32)   NOT NULL,
  return_url         VARCHAR(2000) NOT NULL,
  accept_multiple    BOOLEAN       NOT NULL,
  accept_types       VARCHAR(1000) NULL,
  echo_data          TEXT          NULL,
  created_at         TIMESTAMP(3)  NOT NULL,
  answered_at        TIMESTAMP(3)  NULL,
  PRIMARY KEY (launch_id),
  CONSTRAINT fk_lti_deep_linking_launch FOREIGN KEY (launch_id) REFERENCES lti_launch (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The development platform's RSA key (dev.platform.enabled only). Kept in the database so every node
-- signs with the same key and a restart does not invalidate cached key sets. It is a development key:
-- its JWKS is served only while the development platform is on, so with it off no launch it signs verifies.
CREATE TABLE lti_dev_platform_key (
  id                 INT           NOT NULL,
  private_jwk        TEXT          NOT NULL,
  created_at         TIMESTAMP(3)  NOT NULL,
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
