package io.provisio.scim.schema;

import io.provisio.scim.filter.AttrPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The schemas one resource type carries: a core schema whose attributes sit at the top of the
 * JSON, and extensions whose attributes sit in an object under the extension URN. Resolves
 * {@link AttrPath}s to definitions for the filter evaluator, the PATCH applier and the validator.
 */
public record ResourceSchema(SchemaDefinition core, List<SchemaDefinition> extensions) {

    public ResourceSchema {
        Objects.requireNonNull(core, "core");
        extensions = List.copyOf(extensions);
    }

    /** Core first, then the extensions, as listed in a resource's {@code schemas}. */
    public List<SchemaDefinition> all() {
        List<SchemaDefinition> all = new ArrayList<>();
        all.add(core);
        all.addAll(extensions);
        return all;
    }

    /** Whether a path's URN prefix (null included) means "top level of the resource". */
    public boolean isCore(String schemaUrn) {
        return schemaUrn == null || schemaUrn.equalsIgnoreCase(core.id());
    }

    /** The extension with this URN, ignoring case. */
    public Optional<SchemaDefinition> extension(String schemaUrn) {
        return extensions.stream().filter(e -> e.id().equalsIgnoreCase(schemaUrn)).findFirst();
    }

    /** The definition of the path's top-level attribute, ignoring any sub-attribute. */
    public Optional<AttributeDefinition> attribute(AttrPath path) {
        Optional<SchemaDefinition> schema = isCore(path.schemaUrn())
                ? Optional.of(core) : extension(path.schemaUrn());
        return schema.flatMap(s -> s.attribute(path.attribute()));
    }

    /** The definition the full path names: the sub-attribute's when there is one. */
    public Optional<AttributeDefinition> find(AttrPath path) {
        Optional<AttributeDefinition> attribute = attribute(path);
        return path.subAttribute() == null
                ? attribute : attribute.flatMap(a -> a.subAttribute(path.subAttribute()));
    }

    /** Whether string comparisons on this path respect case; unknown paths do not. */
    public boolean caseExact(AttrPath path) {
        return find(path).map(AttributeDefinition::caseExact).orElse(false);
    }

    /** Whether the path's top-level attribute is multi-valued according to the schema. */
    public boolean multiValued(AttrPath path) {
        return attribute(path).map(AttributeDefinition::multiValued).orElse(false);
    }
}
