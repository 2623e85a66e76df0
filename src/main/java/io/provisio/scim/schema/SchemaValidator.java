package io.provisio.scim.schema;

import static io.provisio.scim.JsonProviders.JSON;

import io.provisio.scim.ScimDateTime;
import io.provisio.scim.ScimException;
import io.provisio.scim.ScimType;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonValue.ValueType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Type-checks an incoming resource against its schemas before any service logic sees it.
 *
 * <p>Known attributes are checked and renamed to the schema's spelling ({@code "UserName"} becomes
 * {@code "userName"}); boolean strings such as Entra ID's {@code "False"} become JSON booleans;
 * anything else of the wrong type is a 400 {@code invalidValue} naming the attribute. Attributes
 * no schema defines are left out of the result and listed by name ({@code "nickName"},
 * {@code "name.middleName"}, {@code "urn:...:User:costCenter"}) so the caller decides whether to
 * reject them or to ignore and record them. Required attributes and mutability are not checked
 * here: they depend on the operation (POST, PUT, PATCH), which only the service knows.
 */
public final class SchemaValidator {

    /** JSON nested deeper than this is refused; a SCIM resource needs four levels at most. */
    public static final int MAX_DEPTH = 32;

    /** Attributes of every resource (RFC 7643 section 3.1) that no schema lists. */
    private static final List<String> COMMON = List.of("schemas", "meta");

    /** The coerced resource and the names of the attributes left out of it. */
    public record Result(JsonObject resource, List<String> unknownAttributes) {
        public Result {
            unknownAttributes = List.copyOf(unknownAttributes);
        }
    }

    private final List<String> unknown = new ArrayList<>();

    private SchemaValidator() {
    }

    /** @param schemas the core schema first, then the extensions the resource may carry */
    public static Result coerce(JsonObject resource, List<SchemaDefinition> schemas) {
        return coerce(resource, new ResourceSchema(schemas.get(0), schemas.subList(1, schemas.size())));
    }

    public static Result coerce(JsonObject resource, ResourceSchema schema) {
        checkDepth(resource);
        SchemaValidator validator = new SchemaValidator();
        JsonObject coerced = validator.topLevel(resource, schema);
        return new Result(coerced, validator.unknown);
    }

    /** Refuses JSON nested deeper than {@link #MAX_DEPTH} with 400 {@code invalidSyntax}. */
    public static void checkDepth(JsonValue value) {
        checkDepth(value, MAX_DEPTH);
    }

    public static void checkDepth(JsonValue value, int maxDepth) {
        depth(value, 1, maxDepth);
    }

    private static void depth(JsonValue value, int level, int maxDepth) {
        // Recursion stops at maxDepth, so stack use stays bounded whatever the input.
        if (level > maxDepth) {
            throw ScimException.badRequest(ScimType.INVALID_SYNTAX,
                    "JSON nested deeper than " + maxDepth + " levels");
        }
        if (value.getValueType() == ValueType.OBJECT) {
            value.asJsonObject().values().forEach(v -> depth(v, level + 1, maxDepth));
        } else if (value.getValueType() == ValueType.ARRAY) {
            value.asJsonArray().forEach(v -> depth(v, level + 1, maxDepth));
        }
    }

    private JsonObject topLevel(JsonObject resource, ResourceSchema schema) {
        JsonObjectBuilder out = JSON.createObjectBuilder();
        for (Map.Entry<String, JsonValue> member : resource.entrySet()) {
            String key = member.getKey();
            Optional<SchemaDefinition> extension = schema.extension(key);
            if (COMMON.stream().anyMatch(key::equalsIgnoreCase)) {
                out.add(key.toLowerCase(java.util.Locale.ROOT), member.getValue());
            } else if (extension.isPresent()) {
                out.add(extension.get().id(), extensionObject(member.getValue(), extension.get()));
            } else {
                addAttribute(out, schema.core().attributes(), key, member.getValue(), "");
            }
        }
        return out.build();
    }

    private JsonValue extensionObject(JsonValue value, SchemaDefinition extension) {
        if (value.getValueType() != ValueType.OBJECT) {
            throw invalid(extension.id(), "an object", value);
        }
        return object(value.asJsonObject(), extension.attributes(), extension.id() + ":");
    }

    private JsonObject object(JsonObject value, List<AttributeDefinition> definitions, String prefix) {
        JsonObjectBuilder out = JSON.createObjectBuilder();
        value.forEach((key, member) -> addAttribute(out, definitions, key, member, prefix));
        return out.build();
    }

    private void addAttribute(JsonObjectBuilder out, List<AttributeDefinition> definitions,
            String key, JsonValue value, String prefix) {
        Optional<AttributeDefinition> definition = definitions.stream()
                .filter(d -> d.name().equalsIgnoreCase(key)).findFirst();
        if (definition.isEmpty()) {
            unknown.add(prefix + key);
            return;
        }
        AttributeDefinition def = definition.get();
        out.add(def.name(), value(def, value, prefix + def.name()));
    }

    private JsonValue value(AttributeDefinition def, JsonValue value, String name) {
        if (value.getValueType() == ValueType.NULL) {
            return value; // RFC 7643 section 2.5: null is "unassigned", valid for any type
        }
        if (!def.multiValued()) {
            return single(def, value, name);
        }
        if (value.getValueType() != ValueType.ARRAY) {
            throw invalid(name, "an array", value);
        }
        JsonArrayBuilder out = JSON.createArrayBuilder();
        value.asJsonArray().forEach(element -> out.add(single(def, element, name)));
        return out.build();
    }

    private JsonValue single(AttributeDefinition def, JsonValue value, String name) {
        ValueType actual = value.getValueType();
        return switch (def.type()) {
            case STRING, REFERENCE, BINARY -> require(actual == ValueType.STRING, value, name, "a string");
            case BOOLEAN -> bool(value, name);
            case DECIMAL -> require(actual == ValueType.NUMBER, value, name, "a number");
            case INTEGER -> require(actual == ValueType.NUMBER
                    && ((JsonNumber) value).isIntegral(), value, name, "an integer");
            case DATE_TIME -> require(actual == ValueType.STRING
                    && ScimDateTime.parse(((JsonString) value).getString()).isPresent(),
                    value, name, "a dateTime");
            case COMPLEX -> actual == ValueType.OBJECT
                    ? object(value.asJsonObject(), def.subAttributes(), name + ".")
                    : require(false, value, name, "an object");
        };
    }

    /** Entra ID sends booleans as "True"/"False" strings; RFC 7643 wants JSON booleans. */
    private static JsonValue bool(JsonValue value, String name) {
        if (value.getValueType() == ValueType.TRUE || value.getValueType() == ValueType.FALSE) {
            return value;
        }
        if (value.getValueType() == ValueType.STRING) {
            String text = ((JsonString) value).getString().trim();
            if (text.equalsIgnoreCase("true")) {
                return JsonValue.TRUE;
            }
            if (text.equalsIgnoreCase("false")) {
                return JsonValue.FALSE;
            }
        }
        throw invalid(name, "a boolean", value);
    }

    private static JsonValue require(boolean ok, JsonValue value, String name, String expected) {
        if (!ok) {
            throw invalid(name, expected, value);
        }
        return value;
    }

    private static ScimException invalid(String name, String expected, JsonValue value) {
        String shown = value.toString();
        if (shown.length() > 60) {
            shown = shown.substring(0, 60) + "...";
        }
        return ScimException.badRequest(ScimType.INVALID_VALUE,
                "Attribute '" + name + "' must be " + expected + ", got " + shown);
    }
}
