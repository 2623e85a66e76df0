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
 * body: filter, sort, paging and projection.
 *
 * <p>Two ways to page. By index (RFC 7644), normalised as that RFC says: startIndex below 1 counts
 * as 1, a negative count as 0, and count is capped at the maximum. By cursor (RFC 9865), when the
 * request names {@code cursor} at all: empty for the first page, then the {@code nextCursor} of the
 * page before; {@link #cursor()} is then non-null, and a count below 1 is an {@code invalidCount}
 * error, since such a page could never move on. A request cannot use both.
 */
public record ListQuery(Filter filter, AttrPath sortBy, boolean descending, int startIndex, int count,
                        Projection projection, String cursor) {

    /** The parameters as a client sent them; any may be null. */
    public record Params(String filter, String sortBy, String sortOrder, String startIndex, String count,
                         String attributes, String excludedAttributes, String cursor) {

        /** Index paging: no cursor. */
        public Params(String filter, String sortBy, String sortOrder, String startIndex, String count,
                      String attributes, String excludedAttributes) {
            this(filter, sortBy, sortOrder, startIndex, count, attributes, excludedAttributes, null);
        }
    }

    public static ListQuery of(Params params, int defaultCount, int maxCount) {
        Filter filter = params.filter() == null || params.filter().isBlank() ? null : FilterParser.parse(params.filter());
        AttrPath sortBy = params.sortBy() == null || params.sortBy().isBlank()
                ? null : AttrPath.parse(params.sortBy().trim(), ScimType.INVALID_VALUE);
        int startIndex = Math.max(1, integer("startIndex", params.startIndex(), 1));
        int requested = integer("count", params.count(), defaultCount);
        String cursor = params.cursor() == null ? null : params.cursor().trim();
        if (cursor != null) {
            if (params.startIndex() != null && !params.startIndex().isBlank()) {
                throw ScimException.badRequest(ScimType.INVALID_VALUE,
                        "A request pages by startIndex or by cursor, not both");
            }
            if (requested < 1) {
                throw ScimException.badRequest(ScimType.INVALID_COUNT,
                        "count must be between 1 and " + maxCount + " when paging by cursor, not " + params.count());
            }
        }
        int count = Math.min(maxCount, Math.max(0, requested));
        return new ListQuery(filter, sortBy, descending(params.sortOrder()), startIndex, count,
                Projection.of(params.attributes(), params.excludedAttributes()), cursor);
    }

    /** True when the client pages by cursor (RFC 9865) rather than by startIndex. */
    public boolean byCursor() {
        return cursor != null;
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
                text(body, "excludedAttributes"), text(body, "cursor")), defaultCount, maxCount);
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
