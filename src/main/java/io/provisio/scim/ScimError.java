package io.provisio.scim;

import static io.provisio.scim.JsonProviders.JSON;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;

/** The SCIM error response body of RFC 7644 section 3.12; {@code status} is a string there. */
public final class ScimError {

    public static final String SCHEMA = "urn:ietf:params:scim:api:messages:2.0:Error";
    public static final String MEDIA_TYPE = "application/scim+json";
    /** The same, built once: {@code ResponseBuilder.type(String)} parses its argument on every response. */
    public static final MediaType SCIM_JSON = new MediaType("application", "scim+json");

    private ScimError() {
    }

    public static JsonObject body(int status, ScimType scimType, String detail) {
        JsonObjectBuilder body = JSON.createObjectBuilder()
                .add("schemas", JSON.createArrayBuilder().add(SCHEMA))
                .add("status", String.valueOf(status));
        if (scimType != null) {
            body.add("scimType", scimType.keyword());
        }
        if (detail != null) {
            body.add("detail", detail);
        }
        return body.build();
    }

    public static JsonObject body(ScimException e) {
        return body(e.status(), e.scimType().orElse(null), e.detail());
    }
}
