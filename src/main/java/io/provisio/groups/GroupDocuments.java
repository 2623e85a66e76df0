package io.provisio.groups;

import static io.provisio.scim.JsonProviders.JSON;

import io.provisio.scim.ScimException;
import io.provisio.scim.ScimJson;
import io.provisio.scim.ScimType;
import io.provisio.scim.schema.BuiltInSchemas;
import io.provisio.scim.schema.SchemaValidator;
import io.provisio.scim.schema.Schemas;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonValue.ValueType;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** Reads group documents (without their members) and checks versions before any change. */
final class GroupDocuments {

    static final int MAX_STRING = 256;

    /** A client's group document: attributes, members, and what Provisio does not keep. */
    record Read(GroupAttributes attributes, Set<String> members, List<String> unknownAttributes) {
    }

    private GroupDocuments() {
    }

    /**
     * RFC 7643 section 3: {@code schemas} lists the core Group schema. Other URNs are tolerated:
     * Entra ID adds its own group schema to every create.
     */
    static void requireGroupSchema(JsonObject body) {
        JsonValue schemas = ScimJson.get(body, "schemas");
        boolean core = schemas != null && schemas.getValueType() == ValueType.ARRAY
                && schemas.asJsonArray().stream().anyMatch(s -> s instanceof JsonString str
                        && str.getString().equalsIgnoreCase(Schemas.GROUP));
        if (!core) {
            throw ScimException.badRequest(ScimType.INVALID_VALUE, "schemas must list " + Schemas.GROUP);
        }
    }

    /** A POST or PUT body; members are read apart, never through the schema walk of the whole. */
    static Read read(JsonObject body) {
        var withoutMembers = JSON.createObjectBuilder(body);
        ScimJson.findKey(body, "members").ifPresent(withoutMembers::remove);
        Set<String> members = MemberValues.ids(ScimJson.get(body, "members"));
        SchemaValidator.Result result = SchemaValidator.coerce(withoutMembers.build(), BuiltInSchemas.groupResource());
        return new Read(attributes(result.resource()), members, result.unknownAttributes());
    }

    /** The attributes of a schema-coerced, member-less group document. */
    static GroupAttributes attributes(JsonObject group) {
        String displayName = string(group, "displayName");
        if (displayName == null || displayName.isBlank()) {
            throw ScimException.badRequest(ScimType.INVALID_VALUE, "displayName is required");
        }
        return new GroupAttributes(displayName, string(group, "externalId"));
    }

    static JsonObject coerced(JsonObject group) {
        return SchemaValidator.coerce(group, BuiltInSchemas.groupResource()).resource();
    }

    /** RFC 7644 section 3.14: {@code If-Match} with another version answers 412. */
    static void checkVersion(Group group, String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return;
        }
        String current = bare(GroupWriter.etag(group));
        if (Arrays.stream(ifMatch.split(",")).map(GroupDocuments::bare).noneMatch(current::equals)) {
            throw new ScimException(412, "The group has changed since version " + ifMatch.trim()
                    + "; it is now " + GroupWriter.etag(group) + ". Read it again.");
        }
    }

    private static String bare(String etag) {
        String tag = etag.trim();
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }

    private static String string(JsonObject group, String key) {
        JsonValue value = group.get(key);
        if (value == null || value.getValueType() == ValueType.NULL) {
            return null;
        }
        if (!(value instanceof JsonString text)) {
            throw ScimException.badRequest(ScimType.INVALID_VALUE, key + " must be a string");
        }
        if (text.getString().length() > MAX_STRING) {
            throw ScimException.badRequest(ScimType.INVALID_VALUE, key + " is longer than " + MAX_STRING + " characters");
        }
        return text.getString();
    }
}
