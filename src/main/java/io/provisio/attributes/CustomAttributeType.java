package io.provisio.attributes;

import io.provisio.scim.schema.AttributeType;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The types an admin may give a custom attribute, each stored in a typed column of its own. */
public enum CustomAttributeType {
    STRING("string", AttributeType.STRING),
    BOOLEAN("boolean", AttributeType.BOOLEAN),
    INTEGER("integer", AttributeType.INTEGER),
    DECIMAL("decimal", AttributeType.DECIMAL),
    DATE_TIME("dateTime", AttributeType.DATE_TIME);

    private final String keyword;
    private final AttributeType scimType;

    CustomAttributeType(String keyword, AttributeType scimType) {
        this.keyword = keyword;
        this.scimType = scimType;
    }

    /** The name used on the wire, as in RFC 7643 section 2.3 ({@code dateTime}). */
    public String keyword() {
        return keyword;
    }

    public AttributeType scimType() {
        return scimType;
    }

    public static Optional<CustomAttributeType> byKeyword(String keyword) {
        if (keyword == null) {
            return Optional.empty();
        }
        String wanted = keyword.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.keyword.toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }
}
