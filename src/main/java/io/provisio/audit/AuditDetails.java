package io.provisio.audit;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The details of an audit row as named fields. Text a client chose (a userName, a group's name, the
 * user name typed at a failed login) is a supplied field: rendered quoted and escaped, so it cannot
 * read as words of the server, and cut to {@value #MAX_SHOWN} characters, marked where it was cut.
 * Facts the server words itself (counts, ids, vendors) render plainly.
 */
public final class AuditDetails {

    /** How much of a supplied value the rendered text shows. */
    public static final int MAX_SHOWN = 200;
    /** How much of a supplied value the structured fields keep. */
    static final int MAX_KEPT = 256;

    private final Map<String, Field> fields = new LinkedHashMap<>();

    /** {@code length}: a supplied value's length in characters before it was cut to be kept. */
    private record Field(Object value, boolean supplied, int length) {
    }

    public static AuditDetails of() {
        return new AuditDetails();
    }

    /** A value the server words: a count, an id, a vendor's name. */
    public AuditDetails fact(String name, Object value) {
        if (value != null) {
            fields.put(Objects.requireNonNull(name), new Field(value instanceof Number ? value : value.toString(), false, 0));
        }
        return this;
    }

    /** A value a client or an admin chose, shown quoted. */
    public AuditDetails supplied(String name, String value) {
        if (value != null) {
            fields.put(Objects.requireNonNull(name), new Field(cut(value, MAX_KEPT), true, length(value)));
        }
        return this;
    }

    /** {@code userName "bob"; token: 42}: what the trail, its search and its CSV show. */
    public String render() {
        return fields.entrySet().stream()
                .map(field -> field.getValue().supplied()
                        ? field.getKey() + " " + quote((String) field.getValue().value(), field.getValue().length())
                        : field.getKey() + ": " + field.getValue().value())
                .collect(Collectors.joining("; "));
    }

    /** The fields as a JSON object, every value as given (supplied ones cut at {@value #MAX_KEPT}). */
    public JsonObject json() {
        JsonObjectBuilder json = Json.createObjectBuilder();
        fields.forEach((name, field) -> {
            if (field.value() instanceof Number number) {
                json.add(name, number.longValue());
            } else {
                json.add(name, (String) field.value());
            }
        });
        return json.build();
    }

    public boolean isEmpty() {
        return fields.isEmpty();
    }

    /**
     * The value in double quotes, with quotes, backslashes, control and formatting characters (such
     * as a right-to-left override) escaped, cut to {@value #MAX_SHOWN} characters with "…" and the
     * original length named.
     */
    static String quote(String value) {
        return quote(value, length(value));
    }

    private static String quote(String value, int length) {
        String shown = cut(value, MAX_SHOWN);
        StringBuilder quoted = new StringBuilder(shown.length() + 2).append('"');
        shown.codePoints().forEach(c -> escape(quoted, c));
        quoted.append('"');
        if (!shown.equals(value)) {
            quoted.append(" (cut, ").append(length).append(" characters)");
        }
        return quoted.toString();
    }

    private static void escape(StringBuilder out, int c) {
        switch (c) {
            case '"' -> out.append("\\\"");
            case '\\' -> out.append("\\\\");
            case '\n' -> out.append("\\n");
            case '\r' -> out.append("\\r");
            case '\t' -> out.append("\\t");
            default -> {
                int type = Character.getType(c);
                if (Character.isISOControl(c) || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                        || type == Character.PARAGRAPH_SEPARATOR) {
                    out.append(String.format("\\u%04x", c));
                } else {
                    out.appendCodePoint(c);
                }
            }
        }
    }

    private static int length(String value) {
        return value.codePointCount(0, value.length());
    }

    /** At most {@code max} code points, with "…" in place of the rest; never splits a surrogate pair. */
    static String cut(String value, int max) {
        if (length(value) <= max) {
            return value;
        }
        return value.substring(0, value.offsetByCodePoints(0, max - 1)) + "…";
    }
}
