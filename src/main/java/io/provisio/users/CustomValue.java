package io.provisio.users;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Locale;

/**
 * A user's value of one custom attribute, in the column of its type: values stay typed, so they
 * compare and sort as numbers, booleans and times on H2 and PostgreSQL alike.
 */
@Embeddable
public class CustomValue {

    @Column(name = "string_value")
    private String stringValue;

    @Column(name = "string_lower")
    private String stringLower;

    @Column(name = "boolean_value")
    private Boolean booleanValue;

    @Column(name = "integer_value")
    private Long integerValue;

    @Column(name = "decimal_value")
    private BigDecimal decimalValue;

    @Column(name = "time_value")
    private OffsetDateTime timeValue;

    protected CustomValue() {
        // for JPA
    }

    static CustomValue ofString(String value) {
        CustomValue v = new CustomValue();
        v.stringValue = value;
        v.stringLower = value.toLowerCase(Locale.ROOT);
        return v;
    }

    static CustomValue ofBoolean(boolean value) {
        CustomValue v = new CustomValue();
        v.booleanValue = value;
        return v;
    }

    static CustomValue ofInteger(long value) {
        CustomValue v = new CustomValue();
        v.integerValue = value;
        return v;
    }

    static CustomValue ofDecimal(BigDecimal value) {
        CustomValue v = new CustomValue();
        v.decimalValue = value;
        return v;
    }

    static CustomValue ofTime(OffsetDateTime value) {
        CustomValue v = new CustomValue();
        v.timeValue = value;
        return v;
    }

    String stringValue() {
        return stringValue;
    }

    Boolean booleanValue() {
        return booleanValue;
    }

    Long integerValue() {
        return integerValue;
    }

    BigDecimal decimalValue() {
        return decimalValue;
    }

    OffsetDateTime timeValue() {
        return timeValue;
    }
}
