package io.provisio.scim;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Optional;

/**
 * Attribute lookup in SCIM JSON. RFC 7643 section 2.1 makes attribute names case-insensitive, so
 * {@code "UserName"} and {@code "userName"} are the same member; plain {@link JsonObject#get}
 * would miss one of them.
 */
public final class ScimJson {

    private ScimJson() {
    }

    /** The member name in {@code object} that matches {@code name} ignoring case, if any. */
    public static Optional<String> findKey(JsonObject object, String name) {
        if (object.containsKey(name)) {
            return Optional.of(name);
        }
        return object.keySet().stream().filter(key -> key.equalsIgnoreCase(name)).findFirst();
    }

    /** The member value matching {@code name} ignoring case, or null when absent. */
    public static JsonValue get(JsonObject object, String name) {
        return findKey(object, name).map(object::get).orElse(null);
    }

    /** Whether a value is absent in the SCIM sense: missing, null, "" or an empty array/object. */
    public static boolean isUnassigned(JsonValue value) {
        if (value == null) {
            return true;
        }
        return switch (value.getValueType()) {
            case NULL -> true;
            case STRING -> ((jakarta.json.JsonString) value).getString().isEmpty();
            case ARRAY -> value.asJsonArray().isEmpty();
            case OBJECT -> value.asJsonObject().isEmpty();
            default -> false;
        };
    }
}
