package io.provisio.users;

import io.provisio.platform.LikePredicates;
import io.provisio.scim.ScimDateTime;
import io.provisio.scim.ScimException;
import io.provisio.scim.ScimType;
import io.provisio.scim.filter.Operator;
import io.provisio.scim.schema.Names;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonValue.ValueType;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;

/**
 * One filter comparison on one column, typed by what the column holds. Case-insensitive strings
 * are compared through a lower-cased column where one exists (userName, emails.value: indexed),
 * else through {@code lower()}. Public because groups filter with the same rules.
 */
public final class ColumnPredicates {

    /** How a column compares. */
    public enum Kind { CASE_EXACT, CASE_IGNORED, LOWERED_COPY, BOOLEAN, TIME, INTEGER, DECIMAL }

    private final CriteriaBuilder cb;
    private final QueryParameters parameters;

    public ColumnPredicates(CriteriaBuilder cb, QueryParameters parameters) {
        this.cb = cb;
        this.parameters = parameters;
    }

    public Predicate compare(Path<?> column, Kind kind, Operator op, JsonValue value, String attribute) {
        if (value.getValueType() == ValueType.NULL) {
            return switch (op) {
                case EQ -> cb.isNull(column);
                case NE -> cb.isNotNull(column);
                default -> throw invalid(attribute, op + " null is not a comparison");
            };
        }
        return switch (kind) {
            case CASE_EXACT -> strings(column.as(String.class), op, text(value, attribute), attribute);
            case CASE_IGNORED -> strings(cb.lower(column.as(String.class)), op, lower(text(value, attribute)), attribute);
            case LOWERED_COPY -> strings(column.as(String.class), op, lower(text(value, attribute)), attribute);
            case BOOLEAN -> booleans(column.as(Boolean.class), op, value, attribute);
            case TIME -> ordered(column.as(OffsetDateTime.class), op, time(value, attribute), attribute);
            case INTEGER -> ordered(column.as(Long.class), op, integer(value, attribute), attribute);
            case DECIMAL -> ordered(column.as(BigDecimal.class), op, number(value, attribute), attribute);
        };
    }

    /**
     * A comparison on a name with a canonical form ({@link Names}): {@code eq} and {@code ne} compare
     * canonical forms through the indexed key column, so a look-up finds the very name a create would
     * collide with; every other operator, and a value the rules refuse (which only a name stored
     * before them can hold), compares the lower-cased copy.
     */
    public Predicate name(Path<?> lowered, Path<?> key, Operator op, JsonValue value, String attribute) {
        if ((op == Operator.EQ || op == Operator.NE) && value instanceof JsonString text) {
            Optional<String> canonical = Names.validKey(text.getString());
            if (canonical.isPresent()) {
                return strings(key.as(String.class), op, canonical.get(), attribute);
            }
        }
        return compare(lowered, Kind.LOWERED_COPY, op, value, attribute);
    }

    public Predicate present(Path<?> column, Kind kind) {
        if (kind == Kind.CASE_EXACT || kind == Kind.CASE_IGNORED || kind == Kind.LOWERED_COPY) {
            return cb.and(cb.isNotNull(column), cb.notEqual(column.as(String.class), param(String.class, "")));
        }
        return cb.isNotNull(column);
    }

    private Predicate strings(Expression<String> column, Operator op, String value, String attribute) {
        return switch (op) {
            case EQ -> cb.equal(column, param(String.class, value));
            // RFC 7644: ne also matches a resource without the attribute
            case NE -> cb.or(cb.isNull(column), cb.notEqual(column, param(String.class, value)));
            // backslash-escaped patterns, read alike by every provider (see LikePredicates)
            case CO -> like(column, param(String.class, "%" + LikePredicates.escape(value) + "%"));
            case SW -> like(column, param(String.class, LikePredicates.escape(value) + "%"));
            case EW -> like(column, param(String.class, "%" + LikePredicates.escape(value)));
            case GT -> cb.greaterThan(column, param(String.class, value));
            case GE -> cb.greaterThanOrEqualTo(column, param(String.class, value));
            case LT -> cb.lessThan(column, param(String.class, value));
            case LE -> cb.lessThanOrEqualTo(column, param(String.class, value));
        };
    }

    private Predicate booleans(Expression<Boolean> column, Operator op, JsonValue value, String attribute) {
        boolean wanted = switch (value.getValueType()) {
            case TRUE -> true;
            case FALSE -> false;
            case STRING -> parseBoolean(((JsonString) value).getString(), attribute);
            default -> throw invalid(attribute, "compares with true or false, not " + value);
        };
        return switch (op) {
            case EQ -> cb.equal(column, param(Boolean.class, wanted));
            case NE -> cb.notEqual(column, param(Boolean.class, wanted));
            default -> throw invalid(attribute, "is a boolean: only eq, ne and pr apply, not " + op.keyword());
        };
    }

    @SuppressWarnings("unchecked")
    private <T extends Comparable<? super T>> Predicate ordered(Expression<T> column, Operator op, T v, String attribute) {
        Expression<T> value = param((Class<T>) v.getClass(), v);
        return switch (op) {
            case EQ -> cb.equal(column, value);
            case NE -> cb.or(cb.isNull(column), cb.notEqual(column, value));
            case GT -> cb.greaterThan(column, value);
            case GE -> cb.greaterThanOrEqualTo(column, value);
            case LT -> cb.lessThan(column, value);
            case LE -> cb.lessThanOrEqualTo(column, value);
            default -> throw invalid(attribute, "does not support " + op.keyword());
        };
    }

    private Predicate like(Expression<String> column, Expression<String> pattern) {
        return LikePredicates.like(cb, column, pattern);
    }

    private <T> Expression<T> param(Class<T> type, T value) {
        return parameters.of(type, value);
    }

    private static boolean parseBoolean(String text, String attribute) {
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(text.toLowerCase(Locale.ROOT));
        }
        throw invalid(attribute, "compares with true or false, not \"" + text + "\"");
    }

    private static OffsetDateTime time(JsonValue value, String attribute) {
        return ScimDateTime.parse(text(value, attribute))
                .map(instant -> instant.atOffset(ZoneOffset.UTC))
                .orElseThrow(() -> invalid(attribute, "compares with a dateTime such as 2026-11-29T10:00:00Z"));
    }

    private static BigDecimal number(JsonValue value, String attribute) {
        if (value instanceof JsonNumber number) {
            return number.bigDecimalValue();
        }
        throw invalid(attribute, "compares with a number, not " + value);
    }

    private static Long integer(JsonValue value, String attribute) {
        try {
            return number(value, attribute).longValueExact();
        } catch (ArithmeticException e) {
            throw invalid(attribute, "compares with a whole number, not " + value);
        }
    }

    private static String text(JsonValue value, String attribute) {
        if (value instanceof JsonString s) {
            return s.getString();
        }
        throw invalid(attribute, "compares with a string, not " + value);
    }

    private static String lower(String value) {
        return value.toLowerCase(Locale.ROOT);
    }

    public static ScimException invalid(String attribute, String why) {
        return ScimException.badRequest(ScimType.INVALID_FILTER, attribute + " " + why);
    }
}
