package io.provisio.scim.patch;

import static io.provisio.scim.JsonProviders.JSON;

import io.provisio.scim.ScimException;
import io.provisio.scim.ScimType;
import io.provisio.scim.filter.Filter;
import io.provisio.scim.filter.FilterEvaluator;
import io.provisio.scim.filter.Operator;
import io.provisio.scim.schema.ResourceSchema;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Operations on a value-filter path such as {@code emails[type eq "work"].value}.
 *
 * <p>When nothing matches: replace is a 400 {@code noTarget} (RFC 7644 section 3.5.2.3); remove
 * does nothing, so an IdP retrying {@code members[value eq "x"]} after a timeout succeeds; add
 * creates the element the filter describes, which is what Entra ID means by
 * {@code add emails[type eq "work"].value} for a user without a work email. Only filters made of
 * {@code eq} comparisons joined by {@code and} describe an element; others are {@code noTarget}.
 */
final class ValueSelection {

    private final FilterEvaluator evaluator;

    ValueSelection(ResourceSchema schema) {
        this.evaluator = new FilterEvaluator(schema::caseExact);
    }

    JsonValue edit(PatchOp op, JsonValue current, PatchPath path, String sub, JsonValue value) {
        List<JsonValue> elements = MultiValued.elements(current, path.attribute());
        List<Integer> matches = new ArrayList<>();
        for (int i = 0; i < elements.size(); i++) {
            if (evaluator.matchesElement(path.valueFilter(), elements.get(i), path.attributePath())) {
                matches.add(i);
            }
        }
        if (matches.isEmpty()) {
            return whenNothingMatches(op, elements, path, sub, value);
        }
        List<Integer> written = new ArrayList<>();
        for (int i = matches.size() - 1; i >= 0; i--) {
            int index = matches.get(i);
            JsonValue edited = editElement(op, elements.get(index), sub, value);
            if (edited == null) {
                elements.remove(index);
            } else {
                elements.set(index, edited);
                written.add(index);
            }
        }
        return MultiValued.result(elements, written);
    }

    private JsonValue editElement(PatchOp op, JsonValue element, String sub, JsonValue value) {
        if (sub != null) {
            return AttributeEditor.setSub(MultiValued.asObject(element), sub,
                    op == PatchOp.REMOVE ? null : value);
        }
        if (op == PatchOp.REMOVE || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (op == PatchOp.ADD && AttributeEditor.isObject(value)) {
            return AttributeEditor.merge(MultiValued.asObject(element), value.asJsonObject());
        }
        return value; // replace: the matched record is replaced (RFC 7644 section 3.5.2.3)
    }

    private JsonValue whenNothingMatches(PatchOp op, List<JsonValue> elements, PatchPath path,
            String sub, JsonValue value) {
        if (op == PatchOp.REMOVE) {
            return MultiValued.result(elements, List.of());
        }
        if (op == PatchOp.REPLACE) {
            throw noTarget(path);
        }
        JsonObject seed = seed(path.valueFilter()).orElseThrow(() -> noTarget(path));
        JsonObject created = sub != null
                ? AttributeEditor.setSub(seed, sub, value)
                : AttributeEditor.merge(seed, MultiValued.asObject(value));
        elements.add(created);
        return MultiValued.result(elements, List.of(elements.size() - 1));
    }

    /** The element a filter like {@code type eq "work" and primary eq true} describes. */
    private static Optional<JsonObject> seed(Filter filter) {
        JsonObjectBuilder out = JSON.createObjectBuilder();
        return collect(filter, out) ? Optional.of(out.build()) : Optional.empty();
    }

    private static boolean collect(Filter filter, JsonObjectBuilder out) {
        if (filter instanceof Filter.And and) {
            return collect(and.left(), out) && collect(and.right(), out);
        }
        if (filter instanceof Filter.Compare c && c.op() == Operator.EQ
                && c.path().subAttribute() == null && c.value().getValueType() != JsonValue.ValueType.NULL) {
            out.add(c.path().attribute(), c.value());
            return true;
        }
        return false;
    }

    private static ScimException noTarget(PatchPath path) {
        return ScimException.badRequest(ScimType.NO_TARGET,
                "No value of '" + path.attribute() + "' matches the filter in the path");
    }
}
