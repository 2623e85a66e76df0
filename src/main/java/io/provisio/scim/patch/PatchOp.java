package io.provisio.scim.patch;

import io.provisio.scim.ScimException;
import io.provisio.scim.ScimType;

/** The three PATCH operations; Entra ID capitalises them ("Replace"), so parsing ignores case. */
public enum PatchOp {
    ADD, REMOVE, REPLACE;

    /**
     * The operation named {@code text}. An unknown name is a 400 {@code invalidSyntax}: "op" is
     * part of the PatchOp message structure (RFC 7644 section 3.12), not an attribute value.
     */
    public static PatchOp parse(String text) {
        for (PatchOp op : values()) {
            if (op.name().equalsIgnoreCase(text)) {
                return op;
            }
        }
        throw ScimException.badRequest(ScimType.INVALID_SYNTAX,
                "Unknown PATCH op '" + text + "': expected add, remove or replace");
    }
}
