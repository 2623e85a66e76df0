package io.provisio.scim.schema;

import static io.provisio.scim.JsonProviders.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** A schema (RFC 7643 section 7): its URN id, a name, and its top-level attributes. */
public record SchemaDefinition(String id, String name, String description,
        List<AttributeDefinition> attributes) {

    public SchemaDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        attributes = List.copyOf(attributes);
        Set<String> seen = new HashSet<>();
        for (AttributeDefinition attribute : attributes) {
            // Names are case-insensitive, so "Cost" and "cost" would be one attribute twice.
            if (!seen.add(attribute.name().toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException(id + ": duplicate attribute " + attribute.name());
            }
        }
    }

    /** The top-level attribute with this name, ignoring case. */
    public Optional<AttributeDefinition> attribute(String attributeName) {
        return attributes.stream().filter(a -> a.name().equalsIgnoreCase(attributeName)).findFirst();
    }

    /** The {@code /Schemas} representation without {@code meta.location}. */
    public JsonObject toJson() {
        return toJson(null);
    }

    /**
     * The {@code /Schemas} representation.
     *
     * @param baseUrl the SCIM base URL such as {@code https://host/scim/v2}, or null to omit
     *                {@code meta.location} (the base URL is a deployment fact, not a schema one)
     */
    public JsonObject toJson(String baseUrl) {
        JsonArrayBuilder attrs = JSON.createArrayBuilder();
        attributes.forEach(a -> attrs.add(a.toJson()));
        JsonObjectBuilder meta = JSON.createObjectBuilder().add("resourceType", "Schema");
        if (baseUrl != null) {
            meta.add("location", baseUrl + "/Schemas/" + id);
        }
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("schemas", JSON.createArrayBuilder().add(Schemas.SCHEMA))
                .add("id", id)
                .add("name", name);
        if (description != null) {
            json.add("description", description);
        }
        return json.add("attributes", attrs).add("meta", meta).build();
    }
}
