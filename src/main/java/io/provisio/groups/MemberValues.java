package io.provisio.groups;

import io.provisio.scim.ScimException;
import io.provisio.scim.ScimJson;
import io.provisio.scim.ScimType;
import io.provisio.scim.filter.Filter;
import io.provisio.scim.filter.Operator;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonValue.ValueType;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Reads member references from requests: {@code [{"value":"<userId>", ...}]} and the value
 * filters IdPs use to remove ({@code members[value eq "<userId>"]}). Duplicates collapse.
 */
final class MemberValues {

    /** The width of the user id column (V3__groups.sql). */
    static final int MAX_ID = 36;

    private MemberValues() {
    }

    /** The user ids of a members value: an array of member objects, one object, or null (none). */
    static Set<String> ids(JsonValue value) {
        Set<String> ids = new LinkedHashSet<>();
        if (value == null || value.getValueType() == ValueType.NULL) {
            return ids;
        }
        if (value.getValueType() == ValueType.OBJECT) {
            ids.add(id(value.asJsonObject()));
            return ids;
        }
        if (value.getValueType() != ValueType.ARRAY) {
            throw invalid("members must be an array of objects with a value");
        }
        for (JsonValue element : value.asJsonArray()) {
            if (element.getValueType() != ValueType.OBJECT) {
                throw invalid("Each member must be an object with a value (a user id)");
            }
            ids.add(id(element.asJsonObject()));
        }
        return ids;
    }

    private static String id(JsonObject member) {
        JsonValue type = ScimJson.get(member, "type");
        if (type instanceof JsonString t && !t.getString().equalsIgnoreCase("User")) {
            throw invalid("Only users can be members; a member of type " + t.getString() + " is not supported");
        }
        JsonValue value = ScimJson.get(member, "value");
        if (!(value instanceof JsonString id) || id.getString().isBlank()) {
            throw invalid("Each member needs a value: the id of a user");
        }
        if (id.getString().length() > MAX_ID) {
            throw invalid("members.value is longer than the " + MAX_ID + " characters of a user id");
        }
        return id.getString();
    }

    /** The ids a remove filter names: {@code value eq "a"}, optionally or-ed together. */
    static Set<String> idsOf(Filter filter) {
        Set<String> ids = new LinkedHashSet<>();
        collect(filter, ids);
        return ids;
    }

    private static void collect(Filter filter, Set<String> ids) {
        if (filter instanceof Filter.Or or) {
            collect(or.left(), ids);
            collect(or.right(), ids);
            return;
        }
        if (filter instanceof Filter.Compare compare && compare.op() == Operator.EQ
                && compare.path().subAttribute() == null && compare.path().attribute().equalsIgnoreCase("value")
                && compare.value() instanceof JsonString id) {
            ids.add(id.getString());
            return;
        }
        throw ScimException.badRequest(ScimType.INVALID_PATH,
                "Members are selected by value: members[value eq \"<userId>\"], optionally joined with or");
    }

    private static ScimException invalid(String detail) {
        return ScimException.badRequest(ScimType.INVALID_VALUE, detail);
    }
}
