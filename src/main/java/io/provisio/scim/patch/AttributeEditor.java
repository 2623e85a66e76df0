package io.provisio.scim.patch;

import static io.provisio.scim.JsonProviders.JSON;

import io.provisio.scim.ScimException;
import io.provisio.scim.ScimJson;
import io.provisio.scim.ScimType;
import io.provisio.scim.schema.AttributeDefinition;
import io.provisio.scim.schema.AttributeType;
import io.provisio.scim.schema.Mutability;
import io.provisio.scim.schema.ResourceSchema;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.JsonValue.ValueType;
import java.util.Objects;
import java.util.Optional;

/**
 * Edits one attribute inside a container object (the resource itself, or one extension object)
 * following RFC 7644 section 3.5.2: add appends to multi-valued attributes and merges into complex
 * ones; replace swaps a multi-valued attribute whole and merges a complex one; remove unassigns.
 */
final class AttributeEditor {

    private final ResourceSchema schema;
    private final ValueSelection selection;

    AttributeEditor(ResourceSchema schema) {
        this.schema = schema;
        this.selection = new ValueSelection(schema);
    }

    JsonObject edit(JsonObject container, PatchOp op, PatchPath path, JsonValue value) {
        Optional<AttributeDefinition> def = schema.attribute(path.attributePath());
        String key = ScimJson.findKey(container, path.attribute())
                .orElse(def.map(AttributeDefinition::name).orElse(path.attribute()));
        JsonValue current = container.get(key);
        boolean multi = def.map(AttributeDefinition::multiValued)
                .orElseGet(() -> isArray(current) || (op != PatchOp.REMOVE && isArray(value)));
        JsonValue updated;
        if (path.valueFilter() != null) {
            updated = selection.edit(op, current, path, subName(path), value);
        } else if (path.subAttribute() != null) {
            updated = editSubAttribute(op, current, subName(path), value, multi);
        } else {
            boolean complex = def.map(d -> d.type() == AttributeType.COMPLEX)
                    .orElseGet(() -> isObject(current) && isObject(value));
            updated = editWhole(op, current, value, multi, complex);
        }
        checkMutability(path, def, current, updated);
        return set(container, key, updated);
    }

    private JsonValue editWhole(PatchOp op, JsonValue current, JsonValue value, boolean multi,
            boolean complex) {
        if (op == PatchOp.REMOVE) {
            // Entra ID removes group members as path "members" with the members to drop as value.
            return multi && isArray(value) ? MultiValued.removeAll(current, value.asJsonArray()) : null;
        }
        if (value.getValueType() == ValueType.NULL) {
            return null;
        }
        if (multi) {
            return op == PatchOp.ADD
                    ? MultiValued.append(current, MultiValued.asArray(value))
                    : MultiValued.replace(MultiValued.asArray(value));
        }
        // Complex single-valued: sub-attributes not in the value stay (RFC 7644 section 3.5.2.3).
        if (complex && isObject(value)) {
            return emptyToNull(merge(isObject(current) ? current.asJsonObject() : null, value.asJsonObject()));
        }
        return value;
    }

    private JsonValue editSubAttribute(PatchOp op, JsonValue current, String sub, JsonValue value,
            boolean multi) {
        JsonValue newValue = op == PatchOp.REMOVE ? null : value;
        if (multi) {
            // No filter: every element is a target (RFC 7644 section 3.5.2.3).
            return MultiValued.mapElements(current, e -> setSub(MultiValued.asObject(e), sub, newValue));
        }
        JsonObject object = isObject(current) ? current.asJsonObject() : JsonValue.EMPTY_JSON_OBJECT;
        return emptyToNull(setSub(object, sub, newValue));
    }

    /** Refuses changes to readOnly attributes; re-sending the current value is tolerated. */
    private void checkMutability(PatchPath path, Optional<AttributeDefinition> def,
            JsonValue current, JsonValue updated) {
        Optional<AttributeDefinition> target = path.subAttribute() == null
                ? def : schema.find(path.attrPath());
        boolean readOnly = target.map(d -> d.mutability() == Mutability.READ_ONLY).orElse(false)
                || def.map(d -> d.mutability() == Mutability.READ_ONLY).orElse(false);
        if (readOnly && !Objects.equals(current, updated)) {
            throw ScimException.badRequest(ScimType.MUTABILITY,
                    "Attribute '" + path.attrPath() + "' is readOnly");
        }
    }

    private String subName(PatchPath path) {
        return path.subAttribute() == null ? null
                : schema.find(path.attrPath()).map(AttributeDefinition::name).orElse(path.subAttribute());
    }

    static JsonObject setSub(JsonObject object, String sub, JsonValue value) {
        String key = ScimJson.findKey(object, sub).orElse(sub);
        JsonObjectBuilder out = JSON.createObjectBuilder(object);
        if (value == null || value.getValueType() == ValueType.NULL) {
            out.remove(key);
        } else {
            out.add(key, value);
        }
        return out.build();
    }

    /** {@code base} with each member of {@code changes} set, names matched ignoring case. */
    static JsonObject merge(JsonObject base, JsonObject changes) {
        JsonObject result = base == null ? JsonValue.EMPTY_JSON_OBJECT : base;
        for (var entry : changes.entrySet()) {
            result = setSub(result, entry.getKey(), entry.getValue());
        }
        return result;
    }

    private static JsonObject set(JsonObject container, String key, JsonValue value) {
        JsonObjectBuilder out = JSON.createObjectBuilder(container);
        if (value == null) {
            out.remove(key);
        } else {
            out.add(key, value);
        }
        return out.build();
    }

    private static JsonValue emptyToNull(JsonObject object) {
        return object.isEmpty() ? null : object;
    }

    static boolean isArray(JsonValue value) {
        return value != null && value.getValueType() == ValueType.ARRAY;
    }

    static boolean isObject(JsonValue value) {
        return value != null && value.getValueType() == ValueType.OBJECT;
    }
}
