package io.provisio.scim;

import java.util.Optional;

/**
 * A protocol error with the HTTP status and, where RFC 7644 section 3.12 names one, the
 * {@code scimType}. Thrown by the protocol and service layers; a JAX-RS mapper turns it into the
 * SCIM error body. The data layer never knows HTTP, so it throws the subclasses below by meaning.
 */
public class ScimException extends RuntimeException {

    private final int status;
    private final ScimType scimType;

    public ScimException(int status, ScimType scimType, String detail) {
        super(detail);
        this.status = status;
        this.scimType = scimType;
    }

    public ScimException(int status, String detail) {
        this(status, null, detail);
    }

    public static ScimException badRequest(ScimType type, String detail) {
        return new ScimException(400, type, detail);
    }

    public static ScimException notFound(String detail) {
        return new ScimException(404, detail);
    }

    public static ScimException conflict(String detail) {
        return new ScimException(409, ScimType.UNIQUENESS, detail);
    }

    public int status() {
        return status;
    }

    public Optional<ScimType> scimType() {
        return Optional.ofNullable(scimType);
    }

    public String detail() {
        return getMessage();
    }
}
