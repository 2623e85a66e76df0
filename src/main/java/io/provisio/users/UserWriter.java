package io.provisio.users;

import static io.provisio.scim.JsonProviders.JSON;

import io.provisio.attributes.CustomAttribute;
import io.provisio.groups.UserGroup;
import io.provisio.scim.schema.Schemas;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A user as SCIM shows it (RFC 7643 section 4.1), with meta and the two extensions. */
final class UserWriter {

    /** The read-only attribute of the user's direct groups (RFC 7643 section 4.1.2). */
    static final String GROUPS = "groups";

    private UserWriter() {
    }

    static JsonObject write(User user, List<CustomAttribute> custom, URI location) {
        return write(user, custom, location, List.of());
    }

    /** With the user's direct groups (read-only, RFC 7643 section 4.1.2), fetched per page by the caller. */
    static JsonObject write(User user, List<CustomAttribute> custom, URI location, List<UserGroup> groups) {
        JsonArrayBuilder schemas = JSON.createArrayBuilder().add(Schemas.USER);
        JsonObjectBuilder json = JSON.createObjectBuilder().add("id", user.id());
        addIfSet(json, "externalId", user.externalId());
        json.add("userName", user.userName());
        addIfSet(json, "displayName", user.displayName());
        JsonObject name = name(user);
        if (!name.isEmpty()) {
            json.add("name", name);
        }
        json.add("active", user.active());
        if (!user.emails().isEmpty()) {
            json.add("emails", emails(user.emails()));
        }
        if (!groups.isEmpty()) {
            json.add(GROUPS, groups(groups, location));
        }
        if (user.department() != null) {
            schemas.add(Schemas.ENTERPRISE_USER);
            json.add(Schemas.ENTERPRISE_USER, JSON.createObjectBuilder().add("department", user.department()));
        }
        // with no custom attribute defined, the values are never loaded
        JsonObject customValues = custom.isEmpty() ? JsonValue.EMPTY_JSON_OBJECT : customValues(user.customValues(), custom);
        if (!customValues.isEmpty()) {
            schemas.add(Schemas.CUSTOM_USER);
            json.add(Schemas.CUSTOM_USER, customValues);
        }
        return json.add("schemas", schemas)
                .add("meta", JSON.createObjectBuilder()
                        .add("resourceType", "User")
                        .add("created", user.createdAt().toInstant().toString())
                        .add("lastModified", user.lastModified().toInstant().toString())
                        .add("location", location.toString())
                        .add("version", etag(user)))
                .build();
    }

    /** The weak entity tag of the user's current version (RFC 7644 section 3.14). */
    static String etag(User user) {
        return "W/\"" + user.version() + "\"";
    }

    private static JsonObject name(User user) {
        JsonObjectBuilder name = JSON.createObjectBuilder();
        addIfSet(name, "givenName", user.givenName());
        addIfSet(name, "familyName", user.familyName());
        String formatted = String.join(" ", java.util.stream.Stream.of(user.givenName(), user.familyName())
                .filter(s -> s != null && !s.isBlank()).toList());
        if (!formatted.isEmpty()) {
            name.add("formatted", formatted);
        }
        return name.build();
    }

    private static JsonArrayBuilder emails(List<Email> emails) {
        JsonArrayBuilder out = JSON.createArrayBuilder();
        for (Email email : emails) {
            JsonObjectBuilder e = JSON.createObjectBuilder().add("value", email.value());
            addIfSet(e, "type", email.type());
            out.add(e.add("primary", email.primary()));
        }
        return out;
    }

    private static JsonArrayBuilder groups(List<UserGroup> groups, URI location) {
        JsonArrayBuilder out = JSON.createArrayBuilder();
        for (UserGroup group : groups) {
            out.add(JSON.createObjectBuilder()
                    .add("value", group.groupId())
                    .add("$ref", location.resolve("../Groups/" + group.groupId()).toString())
                    .add("display", group.displayName())
                    .add("type", "direct"));
        }
        return out;
    }

    /** The custom values as text, name to value in definition order, rendered exactly as {@link #write} does. */
    static Map<String, String> customText(User user, List<CustomAttribute> custom) {
        Map<String, String> text = new LinkedHashMap<>();
        customValues(user.customValues(), custom).forEach((name, value) -> text.put(name,
                value instanceof JsonString string ? string.getString() : value.toString()));
        return text;
    }

    private static JsonObject customValues(Map<String, CustomValue> values, List<CustomAttribute> custom) {
        JsonObjectBuilder out = JSON.createObjectBuilder();
        for (CustomAttribute attribute : custom) {
            CustomValue value = values.get(attribute.id());
            if (value == null) {
                continue;
            }
            switch (attribute.type()) {
                case STRING -> out.add(attribute.name(), value.stringValue());
                case BOOLEAN -> out.add(attribute.name(), value.booleanValue());
                case INTEGER -> out.add(attribute.name(), value.integerValue());
                case DECIMAL -> out.add(attribute.name(), value.decimalValue());
                case DATE_TIME -> out.add(attribute.name(), value.timeValue().toInstant().toString());
            }
        }
        return out.build();
    }

    private static void addIfSet(JsonObjectBuilder json, String key, String value) {
        if (value != null) {
            json.add(key, value);
        }
    }
}
