package io.provisio.scim.patch;

import static io.provisio.scim.JsonProviders.JSON;

import io.provisio.scim.ScimException;
import io.provisio.scim.ScimJson;
import io.provisio.scim.ScimType;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.JsonValue.ValueType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** Element-level helpers for multi-valued attributes, shared by the PATCH editors. */
final class MultiValued {

    private MultiValued() {
    }

    /** A value as an array: IdPs send a single email object where an array is meant. */
    static JsonArray asArray(JsonValue value) {
        return value.getValueType() == ValueType.ARRAY
                ? value.asJsonArray() : JSON.createArrayBuilder().add(value).build();
    }

    /** The current elements, as a list the caller may change. */
    static List<JsonValue> elements(JsonValue current, String name) {
        if (current == null || current.getValueType() == ValueType.NULL) {
            return new ArrayList<>();
        }
        if (current.getValueType() != ValueType.ARRAY) {
            throw ScimException.badRequest(ScimType.INVALID_PATH,
                    "Attribute '" + name + "' is not multi-valued, so it cannot take a value filter");
        }
        return new ArrayList<>(current.asJsonArray());
    }

    static JsonObject asObject(JsonValue value) {
        if (value.getValueType() != ValueType.OBJECT) {
            throw ScimException.badRequest(ScimType.INVALID_VALUE,
                    "Expected an object with sub-attributes, got " + abbreviate(value));
        }
        return value.asJsonObject();
    }

    /** RFC 7644 section 3.5.2.1: add appends; a value already present is not added twice. */
    static JsonValue append(JsonValue current, JsonArray added) {
        List<JsonValue> elements = elements(current, "value");
        List<Integer> written = new ArrayList<>();
        for (JsonValue value : added) {
            if (!elements.contains(value)) {
                elements.add(value);
                written.add(elements.size() - 1);
            }
        }
        return result(elements, written);
    }

    static JsonValue replace(JsonArray values) {
        List<JsonValue> elements = new ArrayList<>();
        List<Integer> written = new ArrayList<>();
        for (JsonValue value : values) {
            if (!elements.contains(value)) {
                elements.add(value);
                written.add(elements.size() - 1);
            }
        }
        return result(elements, written);
    }

    /** Drops elements equal to one given, or with the same {@code value} sub-attribute. */
    static JsonValue removeAll(JsonValue current, JsonArray toRemove) {
        List<JsonValue> elements = elements(current, "value");
        elements.removeIf(element -> toRemove.stream().anyMatch(r -> sameElement(element, r)));
        return result(elements, List.of());
    }

    static JsonValue mapElements(JsonValue current, UnaryOperator<JsonValue> edit) {
        List<JsonValue> elements = elements(current, "value");
        List<Integer> written = new ArrayList<>();
        for (int i = 0; i < elements.size(); i++) {
            elements.set(i, edit.apply(elements.get(i)));
            written.add(i);
        }
        return result(elements, written);
    }

    /**
     * The array to store, or null when no element is left (an empty multi-valued attribute is
     * unassigned, RFC 7644 section 3.5.2.2). At most one element may be primary (RFC 7643
     * section 2.4): a newly written one keeps the flag.
     */
    static JsonValue result(List<JsonValue> elements, List<Integer> written) {
        if (elements.isEmpty()) {
            return null;
        }
        int keep = -1;
        for (int i : written) {
            if (isPrimary(elements.get(i))) {
                keep = Math.max(keep, i);
            }
        }
        for (int i = 0; i < elements.size() && keep < 0; i++) {
            keep = isPrimary(elements.get(i)) ? i : -1;
        }
        for (int i = 0; i < elements.size(); i++) {
            if (i != keep && isPrimary(elements.get(i))) {
                elements.set(i, AttributeEditor.setSub(elements.get(i).asJsonObject(), "primary", JsonValue.FALSE));
            }
        }
        return JSON.createArrayBuilder(elements).build();
    }

    private static boolean isPrimary(JsonValue element) {
        return element.getValueType() == ValueType.OBJECT
                && JsonValue.TRUE.equals(ScimJson.get(element.asJsonObject(), "primary"));
    }

    private static boolean sameElement(JsonValue element, JsonValue removal) {
        if (element.equals(removal)) {
            return true;
        }
        if (element.getValueType() != ValueType.OBJECT || removal.getValueType() != ValueType.OBJECT) {
            return false;
        }
        JsonValue wanted = ScimJson.get(removal.asJsonObject(), "value");
        return wanted != null && wanted.equals(ScimJson.get(element.asJsonObject(), "value"));
    }

    private static String abbreviate(JsonValue value) {
        String text = value.toString();
        return text.length() > 60 ? text.substring(0, 60) + "..." : text;
    }
}
