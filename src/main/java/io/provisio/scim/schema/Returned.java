package io.provisio.scim.schema;

/** When an attribute appears in responses (RFC 7643 section 7). */
public enum Returned {
    ALWAYS("always"),
    NEVER("never"),
    DEFAULT("default"),
    REQUEST("request");

    private final String keyword;

    Returned(String keyword) {
        this.keyword = keyword;
    }

    /** The keyword as it appears in schema representations. */
    public String keyword() {
        return keyword;
    }
}
