-- SCIM users, their emails, admin-defined custom attributes and their values, and the record of
-- attributes an IdP sent that Provisio does not keep. Written for both H2 2.x and PostgreSQL.

CREATE TABLE scim_user (
    id                  VARCHAR(36)              NOT NULL PRIMARY KEY,
    user_name           VARCHAR(256)             NOT NULL,
    -- H2 has no expression indexes: the lower-cased copy carries the case-insensitive unique key
    user_name_lower     VARCHAR(256)             NOT NULL,
    external_id         VARCHAR(256),
    display_name        VARCHAR(256),
    given_name          VARCHAR(256),
    family_name         VARCHAR(256),
    active              BOOLEAN                  NOT NULL,
    department          VARCHAR(256),
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    last_modified       TIMESTAMP WITH TIME ZONE NOT NULL,
    version             BIGINT                   NOT NULL,
    provisioned_by      VARCHAR(36),
    provisioned_idp     VARCHAR(32)
);
CREATE UNIQUE INDEX uq_scim_user_user_name ON scim_user (user_name_lower);
CREATE INDEX ix_scim_user_external_id ON scim_user (external_id);
CREATE INDEX ix_scim_user_created ON scim_user (created_at);
CREATE INDEX ix_scim_user_modified ON scim_user (last_modified);

CREATE TABLE user_email (
    user_id      VARCHAR(36)  NOT NULL,
    position     INTEGER      NOT NULL,
    email        VARCHAR(320) NOT NULL,
    email_lower  VARCHAR(320) NOT NULL,
    email_type   VARCHAR(64),
    is_primary   BOOLEAN      NOT NULL,
    CONSTRAINT pk_user_email PRIMARY KEY (user_id, position),
    CONSTRAINT fk_user_email_user FOREIGN KEY (user_id) REFERENCES scim_user (id) ON DELETE CASCADE
);
CREATE INDEX ix_user_email_lower ON user_email (email_lower);

CREATE TABLE custom_attribute (
    id          VARCHAR(36)              NOT NULL PRIMARY KEY,
    name        VARCHAR(64)              NOT NULL,
    name_lower  VARCHAR(64)              NOT NULL,
    attr_type   VARCHAR(16)              NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_custom_attribute_name UNIQUE (name_lower),
    CONSTRAINT ck_custom_attribute_type CHECK (attr_type IN ('STRING', 'BOOLEAN', 'INTEGER', 'DECIMAL', 'DATE_TIME'))
);

-- one typed column per kind, so values stay comparable and indexable on both databases
CREATE TABLE user_custom_value (
    user_id        VARCHAR(36)              NOT NULL,
    attribute_id   VARCHAR(36)              NOT NULL,
    string_value   VARCHAR(2048),
    string_lower   VARCHAR(2048),
    boolean_value  BOOLEAN,
    integer_value  BIGINT,
    decimal_value  DECIMAL(38, 10),
    time_value     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_user_custom_value PRIMARY KEY (user_id, attribute_id),
    CONSTRAINT fk_custom_value_user FOREIGN KEY (user_id) REFERENCES scim_user (id) ON DELETE CASCADE,
    CONSTRAINT fk_custom_value_attribute FOREIGN KEY (attribute_id) REFERENCES custom_attribute (id) ON DELETE CASCADE
);
CREATE INDEX ix_custom_value_string ON user_custom_value (attribute_id, string_lower);

CREATE TABLE ignored_attribute (
    attribute    VARCHAR(300)             NOT NULL,
    idp          VARCHAR(32)              NOT NULL,
    occurrences  BIGINT                   NOT NULL,
    first_seen   TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_ignored_attribute PRIMARY KEY (attribute, idp)
);
