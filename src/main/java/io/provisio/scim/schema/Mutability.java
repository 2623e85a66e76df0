package io.provisio.scim.schema;

/** Whether and when a client may change an attribute (RFC 7643 section 7). */
public enum Mutability {
    READ_ONLY("readOnly"),
    READ_WRITE("readWrite"),
    IMMUTABLE("immutable"),
    WRITE_ONLY("writeOnly");

    private final String keyword;

    Mutability(String keyword) {
        this.keyword = keyword;
    }

    /** The keyword as it appears in schema representations. */
    public String keyword() {
        return keyword;
    }
}
