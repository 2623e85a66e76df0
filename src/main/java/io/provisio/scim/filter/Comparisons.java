package io.provisio.scim.filter;

import io.provisio.scim.ScimDateTime;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonValue.ValueType;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/** One attribute value against one filter value; mismatched types simply do not match. */
final class Comparisons {

    private Comparisons() {
    }

    static boolean test(JsonValue actual, Operator op, JsonValue expected, boolean caseExact) {
        return switch (op) {
            case EQ, NE -> equal(actual, expected, caseExact);
            case CO, SW, EW -> substring(actual, op, expected, caseExact);
            case GT -> order(actual, expected, caseExact).map(c -> c > 0).orElse(false);
            case GE -> order(actual, expected, caseExact).map(c -> c >= 0).orElse(false);
            case LT -> order(actual, expected, caseExact).map(c -> c < 0).orElse(false);
            case LE -> order(actual, expected, caseExact).map(c -> c <= 0).orElse(false);
        };
    }

    private static boolean equal(JsonValue actual, JsonValue expected, boolean caseExact) {
        if (isString(actual) && isString(expected) || isNumber(actual) && isNumber(expected)) {
            return order(actual, expected, caseExact).map(c -> c == 0).orElse(false);
        }
        return actual.getValueType() == expected.getValueType()
                && (actual.getValueType() == ValueType.TRUE || actual.getValueType() == ValueType.FALSE);
    }

    private static boolean substring(JsonValue actual, Operator op, JsonValue expected, boolean caseExact) {
        if (!isString(actual) || !isString(expected)) {
            return false;
        }
        String a = fold(((JsonString) actual).getString(), caseExact);
        String e = fold(((JsonString) expected).getString(), caseExact);
        return switch (op) {
            case CO -> a.contains(e);
            case SW -> a.startsWith(e);
            default -> a.endsWith(e);
        };
    }

    private static Optional<Integer> order(JsonValue actual, JsonValue expected, boolean caseExact) {
        if (isNumber(actual) && isNumber(expected)) {
            return Optional.of(((JsonNumber) actual).bigDecimalValue()
                    .compareTo(((JsonNumber) expected).bigDecimalValue()));
        }
        if (!isString(actual) || !isString(expected)) {
            return Optional.empty();
        }
        String a = ((JsonString) actual).getString();
        String e = ((JsonString) expected).getString();
        Optional<Instant> ia = ScimDateTime.parse(a);
        Optional<Instant> ie = ScimDateTime.parse(e);
        if (ia.isPresent() && ie.isPresent()) {
            return Optional.of(ia.get().compareTo(ie.get()));
        }
        return Optional.of(fold(a, caseExact).compareTo(fold(e, caseExact)));
    }

    private static String fold(String s, boolean caseExact) {
        return caseExact ? s : s.toLowerCase(Locale.ROOT);
    }

    private static boolean isString(JsonValue v) {
        return v.getValueType() == ValueType.STRING;
    }

    private static boolean isNumber(JsonValue v) {
        return v.getValueType() == ValueType.NUMBER;
    }
}
