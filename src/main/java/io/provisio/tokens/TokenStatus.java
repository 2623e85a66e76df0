package io.provisio.tokens;

/** A token is either accepted for SCIM calls (while unexpired) or set aside by an admin. */
public enum TokenStatus {
    ACTIVE,
    INACTIVE
}
