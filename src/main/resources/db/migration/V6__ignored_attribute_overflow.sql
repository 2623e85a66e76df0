-- Sightings of ignored attribute names that were not listed one by one: beyond the bound per
-- request or the bound of rows, an IdP's further names are only counted, one row per IdP.
CREATE TABLE ignored_attribute_overflow (
    idp          VARCHAR(32)              NOT NULL PRIMARY KEY,
    names        BIGINT                   NOT NULL,
    first_seen   TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen    TIMESTAMP WITH TIME ZONE NOT NULL
);
