package io.provisio.scim;

import static io.provisio.scim.JsonProviders.JSON;

import io.provisio.scim.filter.AttrPath;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.JsonValue.ValueType;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code attributes} / {@code excludedAttributes} (RFC 7644 section 3.4.2.5) applied to a resource
 * document. {@code id} and {@code schemas} are always returned. Paths may name sub-attributes
 * ({@code name.givenName}) and extension attributes by URN.
 */
public record Projection(List<AttrPath> attributes, List<AttrPath> excluded) {

    private static final Set<String> ALWAYS = Set.of("id", "schemas");
    /** Stands for every attribute of an extension named by its bare URN. */
    private static final String WHOLE_EXTENSION = "*";

    public static final Projection ALL = new Projection(List.of(), List.of());

    public static Projection of(String attributes, String excludedAttributes) {
        return new Projection(paths(attributes), paths(excludedAttributes));
    }

    private static List<AttrPath> paths(String list) {
        if (list == null || list.isBlank()) {
            return List.of();
        }
        return Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .map(s -> AttrPath.isSchemaUrn(s)
                        ? new AttrPath(s, WHOLE_EXTENSION, null)
                        : AttrPath.parse(s, ScimType.INVALID_VALUE))
                .toList();
    }

    /** Whether the answer keeps any of this multi-valued complex core attribute (see {@link #keptSubAttributes}). */
    public boolean keeps(String coreSchema, String attribute) {
        return attributes.isEmpty() && excluded.isEmpty() || !keptSubAttributes(coreSchema, attribute).isEmpty();
    }

    /**
     * Which sub-attributes ({@code value}, {@code $ref}, {@code display}, {@code type}) of a
     * multi-valued complex core attribute the answer keeps; empty when it drops the attribute.
     * Found by projecting a sample that has them all, so it is {@link #apply}'s answer by
     * construction. A read asks it before the query that would fill the attribute in: a user's
     * {@code groups}, a group's {@code members}.
     */
    public Set<String> keptSubAttributes(String coreSchema, String attribute) {
        JsonObject sample = JSON.createObjectBuilder()
                .add("schemas", JSON.createArrayBuilder().add(coreSchema))
                .add("id", "sample")
                .add(attribute, JSON.createArrayBuilder().add(JSON.createObjectBuilder()
                        .add("value", "v").add("$ref", "r").add("display", "d").add("type", "t")))
                .build();
        JsonValue kept = apply(sample, coreSchema).get(attribute);
        return kept == null ? Set.of() : kept.asJsonArray().getJsonObject(0).keySet();
    }

    public JsonObject apply(JsonObject resource, String coreSchema) {
        if (attributes.isEmpty() && excluded.isEmpty()) {
            return resource;
        }
        JsonObjectBuilder out = JSON.createObjectBuilder();
        for (Map.Entry<String, JsonValue> member : resource.entrySet()) {
            String key = member.getKey();
            JsonValue value = member.getValue();
            if (ALWAYS.contains(key)) {
                out.add(key, value);
            } else if (AttrPath.isSchemaUrn(key) && value.getValueType() == ValueType.OBJECT) {
                JsonObject kept = filterObject(value.asJsonObject(), key, null);
                if (!kept.isEmpty()) {
                    out.add(key, kept);
                }
            } else {
                JsonValue kept = keep(coreSchema, key, value);
                if (kept != null) {
                    out.add(key, kept);
                }
            }
        }
        return out.build();
    }

    /** Keeps what is selected of one core attribute: all of it, some sub-attributes, or none. */
    private JsonValue keep(String schema, String attribute, JsonValue value) {
        if (value.getValueType() == ValueType.OBJECT) {
            JsonObject kept = filterObject(value.asJsonObject(), schema, attribute);
            return kept.isEmpty() ? null : kept;
        }
        if (value.getValueType() == ValueType.ARRAY && value.asJsonArray().stream()
                .allMatch(v -> v.getValueType() == ValueType.OBJECT)) {
            var array = JSON.createArrayBuilder();
            value.asJsonArray().forEach(v -> {
                JsonObject kept = filterObject(v.asJsonObject(), schema, attribute);
                if (!kept.isEmpty()) {
                    array.add(kept);
                }
            });
            JsonValue built = array.build();
            return built.asJsonArray().isEmpty() ? null : built;
        }
        return selected(schema, attribute, null) ? value : null;
    }

    /**
     * Filters the members of an object that is either an extension (parent null: members are
     * attributes) or a complex core attribute (members are its sub-attributes).
     */
    private JsonObject filterObject(JsonObject object, String schema, String parent) {
        JsonObjectBuilder out = JSON.createObjectBuilder();
        object.forEach((key, value) -> {
            JsonValue kept = parent == null ? keep(schema, key, value) : selected(schema, parent, key) ? value : null;
            if (kept != null) {
                out.add(key, kept);
            }
        });
        return out.build();
    }

    private boolean selected(String schema, String attribute, String sub) {
        if (!attributes.isEmpty()) {
            return attributes.stream().anyMatch(p -> matches(p, schema, attribute, sub, true));
        }
        return excluded.stream().noneMatch(p -> matches(p, schema, attribute, sub, false));
    }

    /** Whether path p selects attribute[.sub] of the schema. A path to a parent selects all its parts. */
    private static boolean matches(AttrPath p, String schema, String attribute, String sub, boolean including) {
        if (p.schemaUrn() != null && !p.schemaUrn().equalsIgnoreCase(schema)) {
            return false;
        }
        if (WHOLE_EXTENSION.equals(p.attribute())) {
            return true;
        }
        if (!p.attribute().equalsIgnoreCase(attribute)) {
            return false;
        }
        if (p.subAttribute() == null) {
            return true;
        }
        return sub == null ? including : p.subAttribute().equalsIgnoreCase(sub);
    }
}
