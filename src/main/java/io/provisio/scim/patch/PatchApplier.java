package io.provisio.scim.patch;

import static io.provisio.scim.JsonProviders.JSON;

import io.provisio.scim.ScimException;
import io.provisio.scim.ScimJson;
import io.provisio.scim.ScimType;
import io.provisio.scim.schema.ResourceSchema;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonValue.ValueType;
import java.util.Map;
import java.util.Objects;

/**
 * Applies PATCH operations to a resource's JSON and returns the new JSON. The input is never
 * changed and each operation yields a fresh object, so a request is atomic by construction: an
 * exception from any operation leaves nothing half-applied for the caller to store.
 *
 * <p>Core attributes live at the top of the JSON, extension attributes in an object under the
 * extension URN, which is added to (or dropped from) {@code schemas} as that object appears or
 * empties. The applier is schema-light: the {@link ResourceSchema} tells it which attributes are
 * multi-valued, complex, read-only or caseExact; unknown attributes are edited as the JSON shapes
 * suggest and left for {@link io.provisio.scim.schema.SchemaValidator} to report afterwards.
 */
public final class PatchApplier {

    private final ResourceSchema schema;
    private final AttributeEditor editor;

    public PatchApplier(ResourceSchema schema) {
        this.schema = Objects.requireNonNull(schema, "schema");
        this.editor = new AttributeEditor(schema);
    }

    /** The resource after all operations, in order; throws {@link ScimException} otherwise. */
    public JsonObject apply(JsonObject resource, PatchRequest request) {
        JsonObject current = resource;
        for (PatchOperation operation : request.operations()) {
            current = apply(current, operation);
        }
        return current;
    }

    public JsonObject apply(JsonObject resource, PatchOperation operation) {
        if (operation.path() == null) {
            return applyAttributes(resource, operation.op(), operation.value().asJsonObject());
        }
        return applyAt(resource, operation.op(), operation.path(), operation.value());
    }

    /**
     * No path (RFC 7644 sections 3.5.2.1 and 3.5.2.3): the value holds attributes to add or
     * replace. Entra ID keys them as paths ("name.givenName", "urn:...:User:department"), Okta
     * plainly ("active"), others nest a whole extension under its URN; each key is read as a path.
     */
    private JsonObject applyAttributes(JsonObject resource, PatchOp op, JsonObject attributes) {
        JsonObject current = resource;
        for (Map.Entry<String, JsonValue> entry : attributes.entrySet()) {
            if (entry.getKey().equalsIgnoreCase("schemas")) {
                continue; // the applier keeps schemas in step with the extension objects itself
            }
            current = applyAt(current, op, PatchPath.parse(entry.getKey()), entry.getValue());
        }
        return current;
    }

    private JsonObject applyAt(JsonObject resource, PatchOp op, PatchPath path, JsonValue value) {
        if (path.isExtensionRoot()) {
            return applyToExtension(resource, op, path.schemaUrn(), value);
        }
        if (schema.isCore(path.schemaUrn())) {
            return editor.edit(resource, op, path, value);
        }
        String key = extensionKey(resource, path.schemaUrn());
        JsonValue existing = resource.get(key);
        JsonObject extension = existing != null && existing.getValueType() == ValueType.OBJECT
                ? existing.asJsonObject() : JsonValue.EMPTY_JSON_OBJECT;
        return withExtension(resource, key, editor.edit(extension, op, path, value));
    }

    private JsonObject applyToExtension(JsonObject resource, PatchOp op, String urn, JsonValue value) {
        if (op == PatchOp.REMOVE) {
            return withExtension(resource, extensionKey(resource, urn), JsonValue.EMPTY_JSON_OBJECT);
        }
        if (value == null || value.getValueType() != ValueType.OBJECT) {
            throw ScimException.badRequest(ScimType.INVALID_VALUE,
                    "The value for extension " + urn + " must be an object");
        }
        JsonObject current = resource;
        for (Map.Entry<String, JsonValue> entry : value.asJsonObject().entrySet()) {
            current = applyAt(current, op, PatchPath.parse(urn + ":" + entry.getKey()), entry.getValue());
        }
        return current;
    }

    /** The member name the extension has in this resource, else the schema's spelling of it. */
    private String extensionKey(JsonObject resource, String urn) {
        return ScimJson.findKey(resource, urn)
                .orElseGet(() -> schema.extension(urn).map(s -> s.id()).orElse(urn));
    }

    private static JsonObject withExtension(JsonObject resource, String key, JsonObject extension) {
        JsonObjectBuilder out = JSON.createObjectBuilder(resource);
        if (extension.isEmpty()) {
            out.remove(key);
        } else {
            out.add(key, extension);
        }
        JsonValue schemas = resource.get("schemas");
        if (schemas != null && schemas.getValueType() == ValueType.ARRAY) {
            out.add("schemas", schemasWith(schemas.asJsonArray(), key, !extension.isEmpty()));
        }
        return out.build();
    }

    /** {@code schemas} with the URN present or absent, other entries left in their order. */
    private static JsonArrayBuilder schemasWith(Iterable<JsonValue> schemas, String urn, boolean present) {
        JsonArrayBuilder out = JSON.createArrayBuilder();
        boolean found = false;
        for (JsonValue s : schemas) {
            boolean same = s.getValueType() == ValueType.STRING
                    && ((JsonString) s).getString().equalsIgnoreCase(urn);
            found |= same;
            if (!same || present) {
                out.add(s);
            }
        }
        if (present && !found) {
            out.add(urn);
        }
        return out;
    }
}
