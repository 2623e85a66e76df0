package io.provisio.scim;

import io.provisio.scim.filter.AttrPath;
import io.provisio.scim.filter.Filter;
import io.provisio.scim.filter.FilterParser;
import io.provisio.scim.schema.Schemas;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonValue.ValueType;
import java.util.List;
import java.util.Locale;

/**
 * A list request (RFC 7644 sections 3.4.2 and 3.4.3), from query parameters or a SearchRequest
 * body: filter, sort, 1-based paging and projection. Paging is normalised as the RFC says:
 * startIndex below 1 counts as 1, a negative count as 0, and count is capped at the maximum.
 */
public record ListQuery(Filter filter, AttrPath sortBy, boolean descending, int startIndex, int count,
                        Projection projection) {

    /** The parameters as a client sent them; any may be null. */
    public record Params(String filter, String sortBy, String sortOrder, String startIndex, String count,
                         String attributes, String excludedAttributes) {
    }

    public static ListQuery of(Params params, int defaultCount, int maxCount) {
        Filter filter = params.filter() == null || params.filter().isBlank() ? null : FilterParser.parse(params.filter());
        AttrPath sortBy = params.sortBy() == null || params.sortBy().isBlank()
                ? null : AttrPath.parse(params.sortBy().trim(), ScimType.INVALID_VALUE);
        int startIndex = Math.max(1, integer("startIndex", params.startIndex(), 1));
        int count = Math.min(maxCount, Math.max(0, integer("count", params.count(), defaultCount)));
        return new ListQuery(filter, sortBy, descending(params.sortOrder()), startIndex, count,
                Projection.of(params.attributes(), params.excludedAttributes()));
    }

    /** A POST .search body (RFC 7644 section 3.4.3). */
    public static ListQuery ofSearchRequest(JsonObject body, int defaultCount, int maxCount) {
        JsonValue schemas = body.get("schemas");
        boolean listed = schemas != null && schemas.getValueType() == ValueType.ARRAY
                && schemas.asJsonArray().stream().anyMatch(s -> s instanceof JsonString str
                        && str.getString().equalsIgnoreCase(Schemas.SEARCH_REQUEST));
        if (!listed) {
            throw ScimException.badRequest(ScimType.INVALID_SYNTAX, "A search request lists " + Schemas.SEARCH_REQUEST
                    + " in schemas");
        }
        return of(new Params(text(body, "filter"), text(body, "sortBy"), text(body, "sortOrder"),
                text(body, "startIndex"), text(body, "count"), text(body, "attributes"),
                text(body, "excludedAttributes")), defaultCount, maxCount);
    }

    private static boolean descending(String sortOrder) {
        if (sortOrder == null || sortOrder.isBlank()) {
            return false;
        }
        return switch (sortOrder.trim().toLowerCase(Locale.ROOT)) {
            case "ascending" -> false;
            case "descending" -> true;
            default -> throw ScimException.badRequest(ScimType.INVALID_VALUE,
                    "sortOrder must be ascending or descending, not " + sortOrder);
        };
    }

    private static int integer(String name, String value, int absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            try {
                return Long.parseLong(value.trim()) > 0 ? Integer.MAX_VALUE : Integer.MIN_VALUE;
            } catch (NumberFormatException notANumber) {
                throw ScimException.badRequest(ScimType.INVALID_VALUE, name + " must be an integer, not " + value);
            }
        }
    }

    /** Search bodies carry numbers, strings and arrays of names: read each as the query text. */
    private static String text(JsonObject body, String key) {
        JsonValue value = ScimJson.get(body, key);
        if (value == null || value.getValueType() == ValueType.NULL) {
            return null;
        }
        return switch (value.getValueType()) {
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> ((JsonNumber) value).toString();
            case ARRAY -> String.join(",", value.asJsonArray().stream()
                    .map(v -> v instanceof JsonString s ? s.getString() : v.toString()).toList());
            default -> throw ScimException.badRequest(ScimType.INVALID_VALUE, key + " has the wrong type");
        };
    }

    public List<AttrPath> attributes() {
        return projection.attributes();
    }
}
