package io.provisio.scim.schema;

/** The scope in which a value must be unique (RFC 7643 section 7). */
public enum Uniqueness {
    NONE("none"),
    SERVER("server"),
    GLOBAL("global");

    private final String keyword;

    Uniqueness(String keyword) {
        this.keyword = keyword;
    }

    /** The keyword as it appears in schema representations. */
    public String keyword() {
        return keyword;
    }
}
