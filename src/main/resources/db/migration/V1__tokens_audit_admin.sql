-- Tokens, the audit trail and the admin account. Written for both H2 2.x and PostgreSQL.

CREATE TABLE scim_token (
    id            VARCHAR(36)              NOT NULL PRIMARY KEY,
    -- at most two tokens exist: each holds one of two slots, guarded by the unique key
    slot          SMALLINT                 NOT NULL,
    idp           VARCHAR(32)              NOT NULL,
    secret_hash   VARCHAR(64)              NOT NULL,
    status        VARCHAR(16)              NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by    VARCHAR(128)             NOT NULL,
    expires_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    renewed_at    TIMESTAMP WITH TIME ZONE,
    last_used_at  TIMESTAMP WITH TIME ZONE,
    version       BIGINT                   NOT NULL,
    CONSTRAINT uq_scim_token_slot UNIQUE (slot),
    CONSTRAINT uq_scim_token_secret UNIQUE (secret_hash),
    CONSTRAINT ck_scim_token_slot CHECK (slot IN (1, 2)),
    CONSTRAINT ck_scim_token_status CHECK (status IN ('ACTIVE', 'INACTIVE'))
);

CREATE TABLE audit_event (
    id           VARCHAR(36)              NOT NULL PRIMARY KEY,
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    event_type   VARCHAR(64)              NOT NULL,
    actor        VARCHAR(128)             NOT NULL,
    target       VARCHAR(128),
    details      VARCHAR(2000)
);
CREATE INDEX ix_audit_event_time ON audit_event (occurred_at);
CREATE INDEX ix_audit_event_type_time ON audit_event (event_type, occurred_at);

CREATE TABLE admin_account (
    username       VARCHAR(128)             NOT NULL PRIMARY KEY,
    password_hash  VARCHAR(512)             NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
