package io.provisio.scim.filter;

import static io.provisio.scim.JsonProviders.JSON;

import io.provisio.scim.ScimJson;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Evaluates a {@link Filter} against one resource held in memory. It exists for PATCH value paths
 * (which of this user's {@code emails} is the work one); collections are filtered in the
 * database, never by loading them and calling this.
 *
 * <p>Semantics (RFC 7644 section 3.4.2.2): a multi-valued attribute matches when any value does;
 * strings compare ignoring case unless {@code caseExact} says otherwise; strings that are both
 * dateTimes compare as instants; {@code eq null} means "unassigned"; {@code ne} is the negation
 * of {@code eq}; a complex value compared without a sub-attribute is compared by its
 * {@code value} sub-attribute.
 */
public final class FilterEvaluator {

    private final Predicate<AttrPath> caseExact;

    /** @param caseExact tells, for a full path such as {@code emails.value}, whether case matters */
    public FilterEvaluator(Predicate<AttrPath> caseExact) {
        this.caseExact = Objects.requireNonNull(caseExact, "caseExact");
    }

    /** An evaluator for which every string comparison ignores case. */
    public static FilterEvaluator caseInsensitive() {
        return new FilterEvaluator(path -> false);
    }

    /** Whether {@code resource} matches {@code filter}; extension paths look in the URN object. */
    public boolean matches(Filter filter, JsonObject resource) {
        return eval(filter, resource, null);
    }

    /**
     * Whether one element of the multi-valued attribute {@code parent} matches the inner filter of
     * a value path. A primitive element (e.g. one of {@code schemas}) is seen as its
     * {@code value}.
     */
    public boolean matchesElement(Filter inner, JsonValue element, AttrPath parent) {
        JsonObject node = element.getValueType() == JsonValue.ValueType.OBJECT
                ? element.asJsonObject()
                : JSON.createObjectBuilder().add("value", element).build();
        return eval(inner, node, Objects.requireNonNull(parent, "parent"));
    }

    private boolean eval(Filter filter, JsonObject node, AttrPath parent) {
        // Java 17 has no pattern switch; the interface is sealed, so this chain is exhaustive.
        if (filter instanceof Filter.And and) {
            return eval(and.left(), node, parent) && eval(and.right(), node, parent);
        }
        if (filter instanceof Filter.Or or) {
            return eval(or.left(), node, parent) || eval(or.right(), node, parent);
        }
        if (filter instanceof Filter.Not not) {
            return !eval(not.inner(), node, parent);
        }
        if (filter instanceof Filter.Present present) {
            return values(node, present.path(), parent).stream()
                    .anyMatch(v -> !ScimJson.isUnassigned(v));
        }
        if (filter instanceof Filter.Compare compare) {
            return compare(compare, node, parent);
        }
        return valuePath((Filter.ValuePath) filter, node, parent);
    }

    private boolean compare(Filter.Compare compare, JsonObject node, AttrPath parent) {
        List<JsonValue> values = values(node, compare.path(), parent);
        if (compare.value().getValueType() == JsonValue.ValueType.NULL) {
            boolean unassigned = values.stream().allMatch(ScimJson::isUnassigned);
            return switch (compare.op()) {
                case EQ -> unassigned;
                case NE -> !unassigned;
                default -> false;
            };
        }
        boolean exact = caseExact.test(fullPath(compare.path(), parent));
        if (compare.op() == Operator.NE) {
            return values.stream().noneMatch(v -> Comparisons.test(v, Operator.EQ, compare.value(), exact));
        }
        return values.stream().anyMatch(v -> Comparisons.test(v, compare.op(), compare.value(), exact));
    }

    private boolean valuePath(Filter.ValuePath valuePath, JsonObject node, AttrPath parent) {
        AttrPath attribute = fullPath(valuePath.attribute(), parent);
        List<JsonValue> elements = new ArrayList<>();
        flatten(lookup(node, valuePath.attribute(), parent), elements);
        return elements.stream().anyMatch(e -> matchesElement(valuePath.inner(), e, attribute));
    }

    /** All values a path denotes, with multi-valued attributes flattened. */
    private List<JsonValue> values(JsonObject node, AttrPath path, AttrPath parent) {
        List<JsonValue> top = new ArrayList<>();
        flatten(lookup(node, path, parent), top);
        List<JsonValue> result = new ArrayList<>();
        for (JsonValue value : top) {
            boolean complex = value.getValueType() == JsonValue.ValueType.OBJECT;
            String sub = path.subAttribute() != null ? path.subAttribute() : complex ? "value" : null;
            if (sub == null) {
                result.add(value);
            } else if (complex) {
                flatten(ScimJson.get(value.asJsonObject(), sub), result);
            }
        }
        return result;
    }

    private static JsonValue lookup(JsonObject node, AttrPath path, AttrPath parent) {
        JsonObject container = node;
        if (parent == null && path.schemaUrn() != null) {
            JsonValue extension = ScimJson.get(node, path.schemaUrn());
            if (extension != null && extension.getValueType() == JsonValue.ValueType.OBJECT) {
                container = extension.asJsonObject();
            }
        }
        return ScimJson.get(container, path.attribute());
    }

    private static void flatten(JsonValue value, List<JsonValue> out) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return;
        }
        if (value.getValueType() == JsonValue.ValueType.ARRAY) {
            value.asJsonArray().forEach(element -> flatten(element, out));
        } else {
            out.add(value);
        }
    }

    private static AttrPath fullPath(AttrPath path, AttrPath parent) {
        return parent == null ? path : parent.child(path.attribute());
    }
}
