package io.provisio.scim.patch;

import io.provisio.scim.ScimException;
import io.provisio.scim.ScimJson;
import io.provisio.scim.ScimType;
import io.provisio.scim.schema.Schemas;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonValue.ValueType;
import java.util.ArrayList;
import java.util.List;

/**
 * A parsed PatchOp message (RFC 7644 section 3.5.2). Error choices: a malformed message
 * (schemas, Operations, op) is {@code invalidSyntax}; a bad path is {@code invalidPath}; remove
 * without a path is {@code noTarget} as the RFC says; a missing or unusable value, and more
 * operations than allowed, are {@code invalidValue} (RFC 7644 reserves {@code tooMany} for
 * filter results).
 */
public record PatchRequest(List<PatchOperation> operations) {

    /** Far above what an IdP sends (Entra ID batches group members by the hundred). */
    public static final int DEFAULT_MAX_OPERATIONS = 1000;

    public PatchRequest {
        operations = List.copyOf(operations);
    }

    public static PatchRequest parse(JsonObject body) {
        return parse(body, DEFAULT_MAX_OPERATIONS);
    }

    public static PatchRequest parse(JsonObject body, int maxOperations) {
        checkSchemas(ScimJson.get(body, "schemas"));
        JsonValue operations = ScimJson.get(body, "Operations");
        if (operations == null || operations.getValueType() != ValueType.ARRAY
                || operations.asJsonArray().isEmpty()) {
            throw syntax("'Operations' must be a non-empty array");
        }
        if (operations.asJsonArray().size() > maxOperations) {
            throw ScimException.badRequest(ScimType.INVALID_VALUE,
                    "Too many operations: at most " + maxOperations + " per PATCH request");
        }
        List<PatchOperation> parsed = new ArrayList<>();
        for (JsonValue operation : operations.asJsonArray()) {
            if (operation.getValueType() != ValueType.OBJECT) {
                throw syntax("each operation must be an object");
            }
            parsed.add(operation(operation.asJsonObject()));
        }
        return new PatchRequest(parsed);
    }

    private static void checkSchemas(JsonValue schemas) {
        boolean ok = schemas != null && schemas.getValueType() == ValueType.ARRAY
                && schemas.asJsonArray().stream().anyMatch(s -> s.getValueType() == ValueType.STRING
                        && ((JsonString) s).getString().equalsIgnoreCase(Schemas.PATCH_OP));
        if (!ok) {
            throw syntax("'schemas' must contain " + Schemas.PATCH_OP);
        }
    }

    private static PatchOperation operation(JsonObject json) {
        JsonValue opValue = ScimJson.get(json, "op");
        if (opValue == null || opValue.getValueType() != ValueType.STRING) {
            throw syntax("each operation needs an 'op' string");
        }
        PatchOp op = PatchOp.parse(((JsonString) opValue).getString());
        PatchPath path = path(ScimJson.get(json, "path"));
        JsonValue value = ScimJson.get(json, "value");
        if (op == PatchOp.REMOVE) {
            if (path == null) {
                throw ScimException.badRequest(ScimType.NO_TARGET, "'remove' requires a 'path'");
            }
            return new PatchOperation(op, path, value);
        }
        checkValue(op, path, value);
        return new PatchOperation(op, path, value);
    }

    private static PatchPath path(JsonValue path) {
        if (path == null || path.getValueType() == ValueType.NULL) {
            return null;
        }
        if (path.getValueType() != ValueType.STRING) {
            throw ScimException.badRequest(ScimType.INVALID_PATH, "'path' must be a string");
        }
        return PatchPath.parse(((JsonString) path).getString());
    }

    private static void checkValue(PatchOp op, PatchPath path, JsonValue value) {
        String name = op.name().toLowerCase(java.util.Locale.ROOT);
        if (value == null) {
            throw ScimException.badRequest(ScimType.INVALID_VALUE, "'" + name + "' requires a 'value'");
        }
        // Replace with null clears the attribute (RFC 7643 section 2.5); add of nothing is meaningless.
        if (value.getValueType() == ValueType.NULL && (op == PatchOp.ADD || path == null)) {
            throw ScimException.badRequest(ScimType.INVALID_VALUE, "'" + name + "' value must not be null");
        }
        if (path == null && value.getValueType() != ValueType.OBJECT) {
            throw ScimException.badRequest(ScimType.INVALID_VALUE,
                    "'" + name + "' without 'path' needs an object of attributes as 'value'");
        }
    }

    private static ScimException syntax(String detail) {
        return ScimException.badRequest(ScimType.INVALID_SYNTAX, "Invalid PatchOp request: " + detail);
    }
}
