package io.provisio.scim.schema;

/** The data types of RFC 7643 section 2.3. */
public enum AttributeType {
    STRING("string"),
    BOOLEAN("boolean"),
    DECIMAL("decimal"),
    INTEGER("integer"),
    DATE_TIME("dateTime"),
    REFERENCE("reference"),
    COMPLEX("complex"),
    BINARY("binary");

    private final String keyword;

    AttributeType(String keyword) {
        this.keyword = keyword;
    }

    /** The keyword as it appears in schema representations. */
    public String keyword() {
        return keyword;
    }
}
