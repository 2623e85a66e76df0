package io.provisio.users;

import static io.provisio.scim.JsonProviders.JSON;

import io.provisio.scim.ScimException;
import io.provisio.scim.ScimType;
import io.provisio.scim.schema.Names;
import io.provisio.scim.schema.Schemas;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonValue.ValueType;
import java.util.Arrays;

/** Checks on user documents and versions that come before any change is made. */
final class UserDocuments {

    private UserDocuments() {
    }

    /** RFC 7643 section 3: {@code schemas} lists the core User schema, and only schemas we know. */
    static void requireUserSchema(JsonObject body) {
        JsonValue schemas = body.get("schemas");
        if (schemas == null || schemas.getValueType() != ValueType.ARRAY) {
            throw ScimException.badRequest(ScimType.INVALID_VALUE, "schemas must be an array listing " + Schemas.USER);
        }
        boolean core = false;
        for (JsonValue schema : schemas.asJsonArray()) {
            String urn = schema instanceof JsonString s ? s.getString() : String.valueOf(schema);
            if (urn.equalsIgnoreCase(Schemas.USER)) {
                core = true;
            } else if (!urn.equalsIgnoreCase(Schemas.ENTERPRISE_USER) && !urn.equalsIgnoreCase(Schemas.CUSTOM_USER)) {
                throw ScimException.badRequest(ScimType.INVALID_VALUE, "Unknown schema for a User: " + urn);
            }
        }
        if (!core) {
            throw ScimException.badRequest(ScimType.INVALID_VALUE, "schemas must list " + Schemas.USER);
        }
    }

    /**
     * userName may not change once provisioned (the seed); a change of letter case, width, spaces
     * or normal form only is the same name, as uniqueness compares canonical forms. externalId is
     * immutable in the RFC 7643 sense: it may be set once where it was empty.
     */
    static void checkImmutables(User user, UserAttributes attributes) {
        if (attributes.userName() == null) {
            throw ScimException.badRequest(ScimType.MUTABILITY, "userName cannot be removed");
        }
        // a name stored before the rules is its own name even with characters they now refuse; any
        // other is checked, and one that only looks different (NBSP, fullwidth, NFD) is the same name
        if (!user.isOwnUserName(attributes.userName())
                && !user.isTwinOfUserName(Names.required(attributes.userName(), "userName"))) {
            throw ScimException.badRequest(ScimType.MUTABILITY, "userName cannot change once provisioned: it is '"
                    + user.userName() + "', not '" + attributes.userName() + "'");
        }
        if (user.externalId() != null && attributes.externalId() != null
                && !user.externalId().equals(attributes.externalId())) {
            throw ScimException.badRequest(ScimType.MUTABILITY, "externalId cannot change once set: it is '"
                    + user.externalId() + "'");
        }
    }

    /** RFC 7644 section 3.14: {@code If-Match} with another version answers 412. */
    static void checkVersion(User user, String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return;
        }
        String current = bare(UserWriter.etag(user));
        boolean matches = Arrays.stream(ifMatch.split(",")).map(UserDocuments::bare).anyMatch(current::equals);
        if (!matches) {
            throw new ScimException(412, "The user has changed since version " + ifMatch.trim()
                    + "; it is now " + UserWriter.etag(user) + ". Read it again.");
        }
    }

    private static String bare(String etag) {
        String tag = etag.trim();
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }

    static JsonObject withoutMeta(JsonObject document) {
        var copy = JSON.createObjectBuilder(document);
        copy.remove("meta");
        return copy.build();
    }
}
