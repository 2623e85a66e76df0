package io.provisio.scim.patch;

import jakarta.json.JsonValue;
import java.util.Objects;

/**
 * One PATCH operation.
 *
 * @param op    what to do
 * @param path  where, or null for add/replace whose value is an object of attributes
 * @param value the value; null for remove (where it is optional), {@code JsonValue.NULL} for a
 *              replace that clears the attribute
 */
public record PatchOperation(PatchOp op, PatchPath path, JsonValue value) {

    public PatchOperation {
        Objects.requireNonNull(op, "op");
    }
}
