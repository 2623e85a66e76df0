-- SCIM groups and their membership. Membership is a join table written with bulk statements,
-- never a collection loaded into memory: a group may have 100,000 members. H2 2.x and PostgreSQL.

CREATE TABLE scim_group (
    id                  VARCHAR(36)              NOT NULL PRIMARY KEY,
    display_name        VARCHAR(256)             NOT NULL,
    -- H2 has no expression indexes: the lower-cased copy carries the case-insensitive unique key
    display_name_lower  VARCHAR(256)             NOT NULL,
    external_id         VARCHAR(256),
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    last_modified       TIMESTAMP WITH TIME ZONE NOT NULL,
    version             BIGINT                   NOT NULL,
    provisioned_by      VARCHAR(36),
    provisioned_idp     VARCHAR(32)
);
CREATE UNIQUE INDEX uq_scim_group_display_name ON scim_group (display_name_lower);
CREATE INDEX ix_scim_group_external_id ON scim_group (external_id);

-- the primary key (group_id, user_id) serves "members of a group" and makes adds idempotent;
-- the index on user_id serves a user's groups and the cascade when a user is deleted
CREATE TABLE group_member (
    group_id  VARCHAR(36)              NOT NULL,
    user_id   VARCHAR(36)              NOT NULL,
    added_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_group_member PRIMARY KEY (group_id, user_id),
    CONSTRAINT fk_group_member_group FOREIGN KEY (group_id) REFERENCES scim_group (id) ON DELETE CASCADE,
    CONSTRAINT fk_group_member_user FOREIGN KEY (user_id) REFERENCES scim_user (id) ON DELETE CASCADE
);
CREATE INDEX ix_group_member_user ON group_member (user_id);
