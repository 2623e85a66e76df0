package io.provisio.platform;

import static io.provisio.scim.JsonProviders.JSON;

import io.provisio.scim.StorableText;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;
import java.io.StringReader;
import java.util.HashSet;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * Reads request bodies as JSON objects, strictly, in one streaming pass that does not depend on
 * the server's JSON-P implementation and its own limits: exactly one object and nothing after it,
 * no member twice (SCIM names are case-insensitive, so not in another case either), bounded
 * nesting and number length, and only text a database can store. Anything else is an
 * {@link InvalidJsonException} with a message a client can act on.
 */
public final class JsonBodies {

    /** No request Provisio takes nests deeper than a few levels; deeper is an attack or a mistake. */
    public static final int MAX_DEPTH = 32;

    /** The longest number literal taken; the widest attribute, a decimal(38,10), needs about 50. */
    public static final int MAX_NUMBER_LENGTH = 64;

    private static final int MAX_NAME_SHOWN = 80;

    private JsonBodies() {
    }

    /** The body as a JSON object, or an {@link InvalidJsonException} saying what is wrong. */
    public static JsonObject readObject(String body) {
        if (body == null || body.isBlank()) {
            throw new InvalidJsonException("The request body is empty; a JSON object is expected.");
        }
        try (JsonParser parser = JSON.createParser(new StringReader(body))) {
            Event first = parser.next();
            if (first != Event.START_OBJECT) {
                throw new InvalidJsonException("The request body must be a JSON object, not " + kind(first));
            }
            JsonObject object = object(parser, "", 1);
            if (hasMore(parser)) {
                throw new InvalidJsonException("The request body must be one JSON object with nothing after it");
            }
            return object;
        } catch (JsonException | IllegalStateException | NoSuchElementException e) {
            throw new InvalidJsonException("The request body is not valid JSON: " + firstLine(e.getMessage()));
        }
    }

    private static JsonObject object(JsonParser parser, String where, int depth) {
        checkDepth(depth);
        JsonObjectBuilder builder = JSON.createObjectBuilder();
        Set<String> names = new HashSet<>();
        for (Event event = parser.next(); event != Event.END_OBJECT; event = parser.next()) {
            String name = parser.getString();
            String path = member(where, name, depth);
            checkText(name, path);
            if (!names.add(name.toLowerCase(Locale.ROOT))) {
                throw new InvalidJsonException("The request body names " + shown(path)
                        + " twice; each attribute may appear once (names ignore case)");
            }
            builder.add(name, value(parser, parser.next(), path, depth));
        }
        return builder.build();
    }

    private static JsonArray array(JsonParser parser, String where, int depth) {
        checkDepth(depth);
        JsonArrayBuilder builder = JSON.createArrayBuilder();
        for (Event event = parser.next(); event != Event.END_ARRAY; event = parser.next()) {
            builder.add(value(parser, event, where, depth));
        }
        return builder.build();
    }

    private static JsonValue value(JsonParser parser, Event event, String path, int depth) {
        return switch (event) {
            case START_OBJECT -> object(parser, path, depth + 1);
            case START_ARRAY -> array(parser, path, depth + 1);
            case VALUE_STRING -> JSON.createValue(checkText(parser.getString(), path));
            case VALUE_NUMBER -> number(parser, path);
            case VALUE_TRUE -> JsonValue.TRUE;
            case VALUE_FALSE -> JsonValue.FALSE;
            case VALUE_NULL -> JsonValue.NULL;
            default -> throw new InvalidJsonException("The request body is not valid JSON: unexpected " + event);
        };
    }

    private static JsonValue number(JsonParser parser, String path) {
        // checked before the implementation turns the literal into a BigDecimal, which some
        // implementations refuse with an unchecked exception of their own
        int length = parser.getString().length();
        if (length > MAX_NUMBER_LENGTH) {
            throw InvalidJsonException.ofValue(shown(path) + " is a number of " + length
                    + " characters; a number may have at most " + MAX_NUMBER_LENGTH);
        }
        return parser.getValue();
    }

    private static String checkText(String text, String path) {
        StorableText.problem(text).ifPresent(problem -> {
            throw InvalidJsonException.ofValue(shown(path) + " contains " + problem + ", which cannot be stored");
        });
        return text;
    }

    /** How a message names a member: {@code emails.type}, or {@code urn:...:User:costCenter} in an extension. */
    private static String member(String where, String name, int depth) {
        if (where.isEmpty()) {
            return name;
        }
        boolean extension = depth == 2 && where.regionMatches(true, 0, "urn:", 0, 4);
        return where + (extension ? ":" : ".") + name;
    }

    private static void checkDepth(int depth) {
        if (depth > MAX_DEPTH) {
            throw new InvalidJsonException("The request body nests JSON deeper than " + MAX_DEPTH + " levels");
        }
    }

    /** Whether anything but white space follows the top-level value. */
    private static boolean hasMore(JsonParser parser) {
        try {
            return parser.hasNext();
        } catch (JsonException e) {
            return true;
        }
    }

    private static String shown(String path) {
        String name = path.isEmpty() ? "the body" : path;
        return name.length() > MAX_NAME_SHOWN ? name.substring(0, MAX_NAME_SHOWN) + "..." : name;
    }

    private static String kind(Event event) {
        return switch (event) {
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER -> "a number";
            default -> event.name().toLowerCase(Locale.ROOT).replace("value_", "");
        };
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
