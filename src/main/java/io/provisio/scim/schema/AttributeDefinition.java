package io.provisio.scim.schema;

import static io.provisio.scim.JsonProviders.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One attribute of a schema (RFC 7643 section 7). Start from {@link #of} or {@link #complex}
 * and refine with the {@code as...}/{@code with...} methods; the defaults are the RFC's
 * (single-valued, optional, case-insensitive, readWrite, returned by default, not unique).
 */
public record AttributeDefinition(
        String name,
        AttributeType type,
        boolean multiValued,
        boolean required,
        boolean caseExact,
        Mutability mutability,
        Returned returned,
        Uniqueness uniqueness,
        List<AttributeDefinition> subAttributes,
        List<String> canonicalValues,
        List<String> referenceTypes,
        String description) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*|\\$ref");

    public AttributeDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(mutability, "mutability");
        Objects.requireNonNull(returned, "returned");
        Objects.requireNonNull(uniqueness, "uniqueness");
        subAttributes = List.copyOf(subAttributes);
        canonicalValues = List.copyOf(canonicalValues);
        referenceTypes = List.copyOf(referenceTypes);
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a SCIM attribute name: '" + name + "'");
        }
        if (type != AttributeType.COMPLEX && !subAttributes.isEmpty()) {
            throw new IllegalArgumentException(name + ": only complex attributes have sub-attributes");
        }
        // RFC 7643 section 2.3.8: sub-attributes are never complex themselves.
        if (subAttributes.stream().anyMatch(sub -> sub.type() == AttributeType.COMPLEX)) {
            throw new IllegalArgumentException(name + ": complex attributes cannot nest");
        }
    }

    /** A single-valued, optional, readWrite attribute of the given type. */
    public static AttributeDefinition of(String name, AttributeType type) {
        return new AttributeDefinition(name, type, false, false, false, Mutability.READ_WRITE,
                Returned.DEFAULT, Uniqueness.NONE, List.of(), List.of(), List.of(), null);
    }

    public static AttributeDefinition complex(String name, AttributeDefinition... subAttributes) {
        return of(name, AttributeType.COMPLEX).withSubAttributes(List.of(subAttributes));
    }

    public AttributeDefinition asMultiValued() {
        return new AttributeDefinition(name, type, true, required, caseExact, mutability, returned,
                uniqueness, subAttributes, canonicalValues, referenceTypes, description);
    }

    public AttributeDefinition asRequired() {
        return new AttributeDefinition(name, type, multiValued, true, caseExact, mutability, returned,
                uniqueness, subAttributes, canonicalValues, referenceTypes, description);
    }

    public AttributeDefinition asCaseExact() {
        return new AttributeDefinition(name, type, multiValued, required, true, mutability, returned,
                uniqueness, subAttributes, canonicalValues, referenceTypes, description);
    }

    public AttributeDefinition withMutability(Mutability value) {
        return new AttributeDefinition(name, type, multiValued, required, caseExact, value, returned,
                uniqueness, subAttributes, canonicalValues, referenceTypes, description);
    }

    public AttributeDefinition withReturned(Returned value) {
        return new AttributeDefinition(name, type, multiValued, required, caseExact, mutability, value,
                uniqueness, subAttributes, canonicalValues, referenceTypes, description);
    }

    public AttributeDefinition withUniqueness(Uniqueness value) {
        return new AttributeDefinition(name, type, multiValued, required, caseExact, mutability, returned,
                value, subAttributes, canonicalValues, referenceTypes, description);
    }

    public AttributeDefinition withSubAttributes(List<AttributeDefinition> value) {
        return new AttributeDefinition(name, type, multiValued, required, caseExact, mutability, returned,
                uniqueness, value, canonicalValues, referenceTypes, description);
    }

    public AttributeDefinition withCanonicalValues(String... value) {
        return new AttributeDefinition(name, type, multiValued, required, caseExact, mutability, returned,
                uniqueness, subAttributes, List.of(value), referenceTypes, description);
    }

    public AttributeDefinition withReferenceTypes(String... value) {
        return new AttributeDefinition(name, type, multiValued, required, caseExact, mutability, returned,
                uniqueness, subAttributes, canonicalValues, List.of(value), description);
    }

    public AttributeDefinition withDescription(String value) {
        return new AttributeDefinition(name, type, multiValued, required, caseExact, mutability, returned,
                uniqueness, subAttributes, canonicalValues, referenceTypes, value);
    }

    /** The sub-attribute with this name, ignoring case as SCIM does. */
    public Optional<AttributeDefinition> subAttribute(String subName) {
        return subAttributes.stream().filter(sub -> sub.name().equalsIgnoreCase(subName)).findFirst();
    }

    /** The RFC 7643 section 7 representation. */
    public JsonObject toJson() {
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("name", name)
                .add("type", type.keyword())
                .add("multiValued", multiValued);
        if (description != null) {
            json.add("description", description);
        }
        json.add("required", required)
                .add("caseExact", caseExact)
                .add("mutability", mutability.keyword())
                .add("returned", returned.keyword())
                .add("uniqueness", uniqueness.keyword());
        if (!subAttributes.isEmpty()) {
            JsonArrayBuilder subs = JSON.createArrayBuilder();
            subAttributes.forEach(sub -> subs.add(sub.toJson()));
            json.add("subAttributes", subs);
        }
        if (!canonicalValues.isEmpty()) {
            json.add("canonicalValues", JSON.createArrayBuilder(canonicalValues));
        }
        if (!referenceTypes.isEmpty()) {
            json.add("referenceTypes", JSON.createArrayBuilder(referenceTypes));
        }
        return json.build();
    }
}
