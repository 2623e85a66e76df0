package io.provisio.platform;

import static io.provisio.scim.JsonProviders.JSON;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;

/** Reads request bodies as JSON objects, with a message a client can act on when they are not. */
public final class JsonBodies {

    /** No request Provisio takes nests deeper than a few levels; deeper is an attack or a mistake. */
    public static final int MAX_DEPTH = 32;

    private JsonBodies() {
    }

    /** The body as a JSON object, or an {@link InvalidJsonException} saying what is wrong. */
    public static JsonObject readObject(String body) {
        if (body == null || body.isBlank()) {
            throw new InvalidJsonException("The request body is empty; a JSON object is expected.");
        }
        try (JsonReader reader = JSON.createReader(new StringReader(body))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new InvalidJsonException("The request body must be a JSON object, not " + value.getValueType());
            }
            checkDepth(value, 1);
            return value.asJsonObject();
        } catch (JsonException | IllegalStateException e) {
            throw new InvalidJsonException("The request body is not valid JSON: " + firstLine(e.getMessage()));
        }
    }

    private static void checkDepth(JsonValue value, int level) {
        if (level > MAX_DEPTH) {
            throw new InvalidJsonException("The request body nests JSON deeper than " + MAX_DEPTH + " levels");
        }
        if (value.getValueType() == JsonValue.ValueType.OBJECT) {
            value.asJsonObject().values().forEach(member -> checkDepth(member, level + 1));
        } else if (value.getValueType() == JsonValue.ValueType.ARRAY) {
            value.asJsonArray().forEach(element -> checkDepth(element, level + 1));
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
