package io.provisio.scim.filter;

import java.util.Locale;
import java.util.Optional;

/** The comparison operators of RFC 7644 section 3.4.2.2; keywords are case-insensitive. */
public enum Operator {
    EQ, NE, CO, SW, EW, GT, GE, LT, LE;

    /** The operator for a keyword such as {@code eq} or {@code Eq}, if it is one. */
    public static Optional<Operator> fromKeyword(String word) {
        if (word.length() != 2) {
            return Optional.empty();
        }
        for (Operator op : values()) {
            if (op.name().equalsIgnoreCase(word)) {
                return Optional.of(op);
            }
        }
        return Optional.empty();
    }

    /** The keyword as RFC 7644 spells it. */
    public String keyword() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the operator orders values, which makes no sense for booleans and null. */
    public boolean isOrdering() {
        return this == GT || this == GE || this == LT || this == LE;
    }
}
