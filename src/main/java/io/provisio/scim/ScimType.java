package io.provisio.scim;

/** The {@code scimType} error keywords of RFC 7644 section 3.12, and the two of RFC 9865 that Provisio uses. */
public enum ScimType {
    INVALID_FILTER("invalidFilter"),
    TOO_MANY("tooMany"),
    UNIQUENESS("uniqueness"),
    MUTABILITY("mutability"),
    INVALID_SYNTAX("invalidSyntax"),
    INVALID_PATH("invalidPath"),
    NO_TARGET("noTarget"),
    INVALID_VALUE("invalidValue"),
    INVALID_VERS("invalidVers"),
    SENSITIVE("sensitive"),
    /** RFC 9865: a cursor this server did not issue, or issued for another query. */
    INVALID_CURSOR("invalidCursor"),
    /** RFC 9865: a cursor page asked for fewer than one resource. */
    INVALID_COUNT("invalidCount");

    private final String keyword;

    ScimType(String keyword) {
        this.keyword = keyword;
    }

    /** The keyword as it appears on the wire. */
    public String keyword() {
        return keyword;
    }
}
