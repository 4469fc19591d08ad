-- LTI 1.3: the platforms Firstline trusts, the tool's own signing keys, logins in flight and launches.

-- A registration is one client_id that a platform (issuer) gave Firstline. One issuer may hold several
-- (a test and a production tenant, say), so (issuer, client_id) is the key, not the issuer alone.
CREATE TABLE lti_registration (
  id              BIGINT        NOT NULL AUTO_INCREMENT,
  issuer          VARCHAR(255)  NOT NULL,
  client_id       VARCHAR(255)  NOT NULL,
  auth_url        VARCHAR(1000) NOT NULL,
  token_url       VARCHAR(1000) NOT NULL,
  token_audience  VARCHAR(1000),
  jwks_url        VARCHAR(1000) NOT NULL,
  created_at      TIMESTAMP(3)  NOT NULL,
  updated_at      TIMESTAMP(3)  NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_lti_registration (issuer, client_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Each place the tool was installed in the platform; launches name theirs in deployment_id.
CREATE TABLE lti_deployment (
  id               BIGINT       NOT NULL AUTO_INCREMENT,
  registration_id  BIGINT       NOT NULL,
  deployment_id    VARCHAR(255) NOT NULL,
  created_at       TIMESTAMP(3) NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_lti_deployment (registration_id, deployment_id),
  CONSTRAINT fk_lti_deployment_registration FOREIGN KEY (registration_id)
    REFERENCES lti_registration (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The tool's RSA keys. The private key is AES-GCM encrypted with lti.key-encryption-key; a key stays
-- published in /lti/jwks until it is retired, so platforms that cached it keep verifying.
CREATE TABLE lti_tool_key (
  kid            VARCHAR(64)    NOT NULL,
  public_jwk     TEXT           NOT NULL,
  private_key    VARBINARY(4096) NOT NULL,
  created_at     TIMESTAMP(3)   NOT NULL,
  retired_at     TIMESTAMP(3)   NULL,
  PRIMARY KEY (kid),
  KEY ix_lti_tool_key_created (created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- OIDC logins in flight: the state and nonce sent to the platform, used at most once. Kept in the
-- database (not a cookie or memory) so that any server node can finish a login another one began.
CREATE TABLE lti_login_state (
  state            VARCHAR(64)  NOT NULL,
  nonce            VARCHAR(64)  NOT NULL,
  registration_id  BIGINT       NOT NULL,
  created_at       TIMESTAMP(3) NOT NULL,
  expires_at       TIMESTAMP(3) NOT NULL,
  used_at          TIMESTAMP(3) NULL,
  PRIMARY KEY (state),
  UNIQUE KEY uk_lti_login_nonce (nonce),
  KEY ix_lti_login_state_expires (expires_at),
  CONSTRAINT fk_lti_login_state_registration FOREIGN KEY (registration_id)
    REFERENCES lti_registration (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Every accepted launch. Sessions carry its id; grade passback reads the AGS endpoint from here and
-- rosters the NRPS URL. Issuer, client_id and deployment_id are copied so that a launch still says
-- where it came from after its registration was deleted.
CREATE TABLE lti_launch (
  id                      VARCHAR(32)   NOT NULL,
  registration_id         BIGINT        NULL,
  issuer                  VARCHAR(255)  NOT NULL,
  client_id               VARCHAR(255)  NOT NULL,
  deployment_id           VARCHAR(255)  NOT NULL,
  person_id               BIGINT        NOT NULL,
  message_type            VARCHAR(50)   NOT NULL,
  context_id              VARCHAR(255)  NULL,
  context_title           VARCHAR(1000) NULL,
  resource_link_id        VARCHAR(255)  NULL,
  resource_link_title     VARCHAR(1000) NULL,
  module_id               VARCHAR(100)  NULL,
  ags_lineitem            VARCHAR(2000) NULL,
  ags_lineitems           VARCHAR(2000) NULL,
  ags_scopes              VARCHAR(2000) NULL,
  nrps_memberships_url    VARCHAR(2000) NULL,
  lti_roles               TEXT          NOT NULL,
  roles                   VARCHAR(100)  NOT NULL,
  created_at              TIMESTAMP(3)  NOT NULL,
  PRIMARY KEY (id),
  KEY ix_lti_launch_person (person_id, created_at),
  CONSTRAINT fk_lti_launch_registration FOREIGN KEY (registration_id)
    REFERENCES lti_registration (id) ON DELETE SET NULL,
  CONSTRAINT fk_lti_launch_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
